import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, signInWithEmail } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('present mode hides every young person and hands a page over as a QR code', async ({ page, browser, request, baseURL }) => {
  // Two people sign in by code in one journey, on a machine shared with builds.
  test.setTimeout(180_000);
  const firstName = `Sky${uniqueLetters()}`;
  const adviserName = `Jordan ${uniqueLetters()}`;
  const adviser = await makeTestStaff(request, { role: 'adviser', name: adviserName });

  await test.step('a young person lets the adviser see their details, so their name is on the adviser’s page', async () => {
    const ypContext = await browser.newContext();
    const yp = await ypContext.newPage();
    await yp.goto('/my/privacy');
    await makeNewYoungPersonAccount(yp, firstName);
    await yp.getByRole('combobox', { name: 'Which adviser?' }).selectOption({ label: adviserName });
    const box = yp.getByRole('checkbox', { name: /^About you/ });
    await box.focus();
    await yp.keyboard.press('Space');
    await yp.getByRole('button', { name: 'Let them see this' }).click();
    await expect(yp.getByRole('status')).toHaveText('Done. They can see what you chose.');
    await ypContext.close();
  });

  let recordUrl = '';
  await test.step('the adviser sees the name before presenting', async () => {
    await signInWithEmail(page, adviser.email);
    const link = page.getByRole('link', { name: firstName });
    await expect(link).toBeVisible();
    recordUrl = new URL((await link.getAttribute('href')) ?? '', baseURL).pathname;
  });

  await test.step('one press hides every name and shows the search, large', async () => {
    await page.getByRole('button', { name: 'Present mode: hide names to show a young person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Let’s look together' })).toBeVisible();
    await expect(page.getByText('Present mode: names and messages are hidden.')).toBeVisible();
    await expect(page.getByText(firstName)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  await test.step('the caseload, records and look-up stay hidden while presenting', async () => {
    await page.goto('/adviser');
    await expect(page).toHaveURL(/\/adviser\/present$/);
    await expect(page.getByText(firstName)).toHaveCount(0);
    expect((await page.goto(recordUrl))?.status()).toBe(404);
    await expect(page.getByText(firstName)).toHaveCount(0);
  });

  await test.step('they search together and hand the result over as a QR code', async () => {
    await page.goto('/adviser/present');
    await page.getByRole('searchbox', { name: 'Find a job or training' }).fill('mechanic');
    await page.getByRole('button', { name: 'Search jobs' }).click();
    await expect(page).toHaveURL(/\/vacancies\?q=mechanic/);
    await expect(page.getByText('Present mode: names and messages are hidden.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Present mode' }).getByRole('link', { name: 'Hand this over' }).click();
    await expect(page.getByRole('img', { name: `QR code for ${baseURL}/vacancies?q=mechanic` })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('Explore works in present mode too, and its matches can be handed over', async () => {
    await page.goto('/adviser/present');
    await page.getByRole('link', { name: 'Not sure? Tap pictures to explore' }).click();
    await expect(page).toHaveURL(/\/explore$/);
    await page.goto('/explore/matches?like=animals&way=outside');
    await expect(page.getByText('Present mode: names and messages are hidden.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Present mode' }).getByRole('link', { name: 'Hand this over' }).click();
    await expect(page.getByRole('img', { name: `QR code for ${baseURL}/explore/matches?like=animals&way=outside` })).toBeVisible();
  });

  await test.step('leaving present mode brings the names back', async () => {
    await page.getByRole('button', { name: 'Leave present mode' }).click();
    await expect(page).toHaveURL(/\/adviser$/);
    await expect(page.getByRole('link', { name: firstName })).toBeVisible();
    await expect(page.getByText('Present mode: names and messages are hidden.')).toHaveCount(0);
  });
});
