import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, signInWithEmail } from '../fixtures/sign-in';
import { linkCaseload, makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('an adviser saves a job search for a young person on their caseload, and for nobody else', async ({ page, browser, request, baseURL }) => {
  // Two people sign in by code, on a machine shared with builds.
  test.setTimeout(180_000);
  const adviserName = `Sam ${uniqueLetters()}`;
  const adviser = await makeTestStaff(request, { role: 'adviser', name: adviserName });
  const name = `Jo${uniqueLetters(4)}`;

  await page.goto('/my/searches');
  const phone = await makeNewYoungPersonAccount(page, name);
  const youngPersonId = await linkCaseload(request, adviser.id, phone.e164, true);
  // Jade (demo) is on another adviser's caseload, not this one's.
  const jadeId = await linkCaseload(request, adviser.id, '+447700900123', false);

  const adviserContext = await browser.newContext({ baseURL });
  const adviserPage = await adviserContext.newPage();

  await test.step('the adviser opens the young person from their caseload and chooses to save a search', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await adviserPage.getByRole('list', { name: 'Young people on your caseload' }).getByRole('link', { name }).click();
    await adviserPage.getByRole('link', { name: 'Save a job search for them' }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: `Save a job search for ${name}` })).toBeVisible();
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('saving with nothing to search for says what to do', async () => {
    await adviserPage.getByRole('button', { name: 'Save this search for them' }).click();
    const summary = adviserPage.getByRole('alert', { name: 'There is a problem' });
    await expect(summary.getByRole('link', { name: 'Enter words to search for, or choose a kind of job' })).toBeVisible();
    await expect(adviserPage).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('they save "care" apprenticeships for them', async () => {
    await adviserPage.getByRole('textbox', { name: 'What kind of work?' }).fill('care');
    await adviserPage.getByRole('combobox', { name: 'Kind of job' }).selectOption({ label: 'Apprenticeships' });
    await adviserPage.getByRole('button', { name: 'Save this search for them' }).click();
    await expect(adviserPage.getByRole('status')).toContainText(`Saved. ${name} will see it in their saved searches`);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('from the search results, they save a search near a postcode for them', async () => {
    await adviserPage.goto('/vacancies?type=job&postcode=HX7+8AD&distance=3&sort=distance');
    const panel = adviserPage.getByRole('region', { name: 'Save this search for a young person' });
    await panel.getByRole('combobox', { name: 'Who is it for?' }).selectOption({ label: name });
    await panel.getByRole('button', { name: 'Save it for them' }).click();
    await expect(panel.getByRole('status')).toHaveText(`Saved for ${name}.`);
    // The same results are still on screen, so the interview can carry on.
    await expect(adviserPage.getByRole('textbox', { name: 'Your postcode' })).toHaveValue('HX7 8AD');
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('in present mode the panel is gone: no names on a shared screen', async () => {
    await adviserPage.context().addCookies([{ name: 'ns_present', value: '1', url: baseURL! }]);
    await adviserPage.goto('/vacancies?type=job&postcode=HX7+8AD&distance=3&sort=distance');
    await expect(adviserPage.getByRole('heading', { level: 2, name: /found$/ })).toBeVisible();
    await expect(adviserPage.getByRole('region', { name: 'Save this search for a young person' })).toHaveCount(0);
    await adviserPage.context().clearCookies({ name: 'ns_present' });
  });

  await test.step('the adviser cannot save a search for someone not on their caseload', async () => {
    const response = await adviserPage.goto(`/adviser/young-people/${jadeId}/save-search`);
    expect(response?.status()).toBe(404);
    await expect(adviserPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  await test.step('nor by changing the form to send it for someone else', async () => {
    await adviserPage.goto(`/adviser/young-people/${youngPersonId}/save-search`);
    // The young person's id is a hidden field (it has no role): this is what a tampered form post would send.
    await adviserPage.locator('input[name="youngPersonId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), jadeId);
    await adviserPage.getByRole('textbox', { name: 'What kind of work?' }).fill('chef');
    await adviserPage.getByRole('button', { name: 'Save this search for them' }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  await test.step('the young person sees it in their list, marked from their adviser', async () => {
    await page.goto('/my/searches');
    const items = page.getByRole('list', { name: 'Your saved searches' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    const item = items.filter({ has: page.getByRole('heading', { name: '“care”, apprenticeships' }) });
    await expect(item.getByText('From your adviser')).toBeVisible();
    await expect(item.getByText(`${adviserName} saved this for you.`)).toBeVisible();
    await expect(items.filter({ hasText: 'HX7 8AD' }).getByText('From your adviser')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/my');
    await expect(page.getByText('You have 2 saved searches, 2 from your adviser.')).toBeVisible();
  });

  await test.step('and that their adviser did it, on who looked at their record', async () => {
    await page.goto('/my/privacy');
    await expect(page.getByRole('list', { name: 'Who looked at your record' })).toContainText(`${adviserName} (personal adviser) looked at your saved searches`);
  });
  await adviserContext.close();
});
