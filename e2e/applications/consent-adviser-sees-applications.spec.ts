import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, signInWithEmail } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('an adviser who is not theirs sees only the applications they were allowed to, can change nothing, and loses it at once', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const firstName = `Remi${uniqueLetters()}`;
  const adviserName = `Alex ${uniqueLetters()}`;
  const adviser = await makeTestStaff(request, { role: 'adviser', name: adviserName });

  await page.goto('/my/privacy');
  const phone = await makeNewYoungPersonAccount(page, firstName);
  const made = await request.post('/api/test/applications', { data: { phone: phone.e164, statuses: ['interview'] } });
  const [interview] = ((await made.json()) as { applications: { title: string }[] }).applications;
  if (!interview) throw new Error('The test application was not made');

  await test.step('the young person lets this adviser see only their applications', async () => {
    await page.goto('/my/privacy');
    await page.getByRole('combobox', { name: 'Which adviser?' }).selectOption({ label: adviserName });
    const box = page.getByRole('checkbox', { name: /^Your applications/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await page.getByRole('button', { name: 'Let them see this' }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They can see what you chose.');
  });

  const adviserContext = await browser.newContext();
  const adviserPage = await adviserContext.newPage();
  let recordUrl = '';

  await test.step('the adviser sees their applications and nothing else, with no buttons to change them', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await adviserPage.getByRole('list', { name: 'Young people who let you see their record' }).getByRole('link', { name: firstName }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: firstName })).toBeVisible();
    recordUrl = adviserPage.url();
    const item = adviserPage.getByRole('list', { name: 'Applications' }).getByRole('listitem').filter({ hasText: interview.title });
    await expect(item).toContainText('Invited to an interview');
    await expect(item.getByRole('button')).toHaveCount(0);
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'About them' })).toHaveCount(0);
    const hidden = adviserPage.getByRole('list', { name: 'Not shared with you' });
    await expect(hidden).toContainText('About them and what they saved');
    await expect(hidden).toContainText('Their CV');
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('when the young person stops it, the record is not found at once', async () => {
    await page.goto('/my/privacy');
    await page.getByRole('button', { name: `Stop ${adviserName} seeing your applications` }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They cannot see it any more, from now.');
    expect((await adviserPage.goto(recordUrl))?.status()).toBe(404);
  });
  await adviserContext.close();
});
