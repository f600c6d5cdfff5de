import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, randomMobile, signInWithEmail } from '../fixtures/sign-in';
import { linkCaseload, makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('in present mode the young person types their number and what was found goes on their plan', async ({ page, browser, request, baseURL }) => {
  // Two people sign in by code, on a machine shared with builds.
  test.setTimeout(180_000);
  const adviser = await makeTestStaff(request, { role: 'adviser', name: `Lee ${uniqueLetters()}` });
  const name = `Rae${uniqueLetters(4)}`;

  await page.goto('/my/plan');
  const phone = await makeNewYoungPersonAccount(page, name);
  await linkCaseload(request, adviser.id, phone.e164, true);

  const adviserContext = await browser.newContext({ baseURL });
  const adviserPage = await adviserContext.newPage();

  await test.step('the adviser presents, searches with them and opens the hand-over page', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await adviserPage.getByRole('button', { name: 'Present mode: hide names to show a young person' }).click();
    await adviserPage.getByRole('searchbox', { name: 'Find a job or training' }).fill('mechanic');
    await adviserPage.getByRole('button', { name: 'Search jobs' }).click();
    await expect(adviserPage).toHaveURL(/\/vacancies\?q=mechanic/);
    await adviserPage.getByRole('navigation', { name: 'Present mode' }).getByRole('link', { name: 'Hand this over' }).click();
    // The QR code hand-over is still there.
    await expect(adviserPage.getByRole('img', { name: `QR code for ${baseURL}/vacancies?q=mechanic` })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Or put it on your plan' })).toBeVisible();
    await expect(adviserPage.getByText(name)).toHaveCount(0);
  });

  await test.step('a number that is not on the adviser’s caseload is refused, without saying whose it is', async () => {
    await adviserPage.getByRole('textbox', { name: 'Your mobile number' }).fill(randomMobile().typed);
    await adviserPage.getByRole('button', { name: 'Put this on my plan' }).click();
    const summary = adviserPage.getByRole('alert', { name: 'There is a problem' });
    await expect(summary.getByRole('link', { name: /^That number is not one of your young people/ })).toBeVisible();
    await expect(adviserPage).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('their own number puts it on their plan, and no name shows on the screen', async () => {
    const field = adviserPage.getByRole('textbox', { name: 'Your mobile number' });
    await field.fill(phone.typed);
    await expect(field).toHaveValue(phone.typed);
    await adviserPage.getByRole('button', { name: 'Put this on my plan' }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Done. It is on your plan' })).toBeVisible();
    await expect(adviserPage.getByRole('textbox', { name: 'Your mobile number' })).toHaveValue('');
    await expect(adviserPage.getByText(name)).toHaveCount(0);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('the young person finds the step and the link on their plan', async () => {
    await page.goto('/my/plan');
    const item = page.getByRole('list', { name: 'My steps' }).getByRole('listitem').filter({ hasText: 'Look at the thing we found together' });
    await expect(item).toHaveCount(1);
    const link = item.getByRole('link', { name: 'The jobs and training we found' });
    await expect(link).toHaveAttribute('href', '/vacancies?q=mechanic');
    await expectNoAxeViolations(page);
  });
  await adviserContext.close();
});
