import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { linkCaseload, makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('a safety flag hides where a young person is from all staff but the ones named', async ({ page, browser, request, baseURL }) => {
  // Four people sign in by code, on a machine shared with builds.
  test.setTimeout(240_000);
  const name = `Ro${uniqueLetters(4)}`;
  const annaName = `Anna ${uniqueLetters()}`;
  const benName = `Ben ${uniqueLetters()}`;
  const anna = await makeTestStaff(request, { role: 'adviser', name: annaName });
  const ben = await makeTestStaff(request, { role: 'adviser', name: benName });

  await page.goto('/my/privacy');
  const phone = await makeNewYoungPersonAccount(page, name);
  const youngPersonId = await linkCaseload(request, anna.id, phone.e164, true);
  await linkCaseload(request, ben.id, phone.e164, true);
  const made = await request.post('/api/test/applications', { data: { phone: phone.e164, statuses: ['submitted'] } });
  const [application] = ((await made.json()) as { applications: { id: string; providerSlug: string }[] }).applications;
  if (!application) throw new Error('The test application was not made');
  const college = await makeTestStaff(request, { role: 'provider_staff', name: `Cole ${uniqueLetters()}`, providerSlug: application.providerSlug });

  const recordUrl = `/adviser/young-people/${youngPersonId}`;
  const annaPage = await (await browser.newContext({ baseURL })).newPage();
  const benPage = await (await browser.newContext({ baseURL })).newPage();
  const collegePage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(annaPage, anna.email, /\/adviser$/);
  await signInAsStaff(benPage, ben.email, /\/adviser$/);
  await signInAsStaff(collegePage, college.email, /\/provider$/);
  const hidden = (onPage: typeof page) => onPage.getByText('Hidden for their safety', { exact: true });

  await test.step('before the flag, their advisers and the college see how to reach them', async () => {
    await benPage.goto(recordUrl);
    await expect(benPage.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(hidden(benPage)).toHaveCount(0);
    await collegePage.goto(`/provider/applications/${application.id}`);
    await expect(collegePage.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(hidden(collegePage)).toHaveCount(0);
  });

  await test.step('their adviser Anna turns the flag on, naming nobody else', async () => {
    await annaPage.goto(recordUrl);
    await annaPage.getByRole('link', { name: 'Keep their details safe' }).click();
    await expect(annaPage.getByRole('heading', { level: 1, name: `Keep ${name}’s details safe` })).toBeVisible();
    await expectNoAxeViolations(annaPage);
    await annaPage.getByRole('radio', { name: 'Yes, hide them' }).check({ force: true });
    await annaPage.getByRole('button', { name: 'Save' }).click();
    await expect(annaPage.getByRole('status')).toHaveText('Saved. Only the staff named here can see their postcode, phone and email.');
    await expectNoAxeViolations(annaPage);
  });

  await test.step('Anna, who set it, still sees their details; Ben and the college do not', async () => {
    await annaPage.goto(recordUrl);
    await expect(annaPage.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(hidden(annaPage)).toHaveCount(0);
    await benPage.goto(recordUrl);
    await expect(hidden(benPage)).toHaveCount(3);
    await collegePage.goto(`/provider/applications/${application.id}`);
    await expect(hidden(collegePage)).toHaveCount(2);
    await expect(collegePage.getByText(phone.typed)).toHaveCount(0);
  });

  await test.step('Anna names Ben, and he sees them again', async () => {
    await annaPage.goto(`${recordUrl}/safety`);
    await annaPage.getByRole('checkbox', { name: new RegExp(`^${benName}, personal adviser`) }).check({ force: true });
    await annaPage.getByRole('button', { name: 'Save' }).click();
    await expect(annaPage.getByRole('status')).toContainText('Saved.');
    await expect(annaPage.getByRole('checkbox', { name: new RegExp(`^${benName}`) })).toBeChecked();
    await benPage.goto(recordUrl);
    await expect(benPage.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(hidden(benPage)).toHaveCount(0);
  });

  await test.step('only their own caseload adviser can change it', async () => {
    const response = await collegePage.goto(`${recordUrl}/safety`);
    expect(response?.status()).toBe(404);
  });
});
