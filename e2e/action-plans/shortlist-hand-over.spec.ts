import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { readTextsTo } from '../fixtures/outbox';
import { makeNewYoungPersonAccount, randomMobile, signInWithEmail } from '../fixtures/sign-in';
import { linkCaseload, makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('in present mode a PA and a young person make a shortlist of two, and the whole list goes on their plan and saved list', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  // Three people sign in by code, on a machine shared with builds.
  test.setTimeout(240_000);
  const adviser = await makeTestStaff(request, { role: 'adviser', name: `Lee ${uniqueLetters()}` });
  const name = `Rae${uniqueLetters(4)}`;
  const otherName = `Oti${uniqueLetters(4)}`;

  // Another young person on the same caseload, who must never show on the shared screen.
  const otherContext = await browser.newContext({ baseURL });
  const otherPage = await otherContext.newPage();
  await otherPage.goto('/my/plan');
  const otherPhone = await makeNewYoungPersonAccount(otherPage, otherName);
  await linkCaseload(request, adviser.id, otherPhone.e164, true);
  await otherContext.close();

  await page.goto('/my/plan');
  const phone = await makeNewYoungPersonAccount(page, name);
  await linkCaseload(request, adviser.id, phone.e164, true);

  const adviserContext = await browser.newContext({ baseURL });
  const adviserPage = await adviserContext.newPage();
  let courseTitle = '';
  let jobTitle = '';

  await test.step('the adviser presents and adds a course to the shortlist', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await adviserPage.getByRole('button', { name: 'Present mode: hide names to show a young person' }).click();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Our shortlist (0)' })).toBeVisible();
    await adviserPage.getByRole('searchbox', { name: 'Find a course' }).fill('care');
    await adviserPage.getByRole('button', { name: 'Search courses' }).click();
    await adviserPage.getByRole('list', { name: 'Courses found' }).getByRole('link').first().click();
    await expect(adviserPage).toHaveURL(/\/courses\/[\w-]+$/);
    courseTitle = (await adviserPage.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await adviserPage.getByRole('button', { name: 'Add to shortlist' }).click();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Shortlist (1)' })).toBeVisible();
    await expect(adviserPage.getByRole('button', { name: 'On the shortlist ✓ – remove' })).toBeVisible();
    await adviserPage.screenshot({ path: '/tmp/consent-course-shortlist.png' });
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('and a job', async () => {
    await adviserPage.goto('/vacancies?q=mechanic');
    await adviserPage.getByRole('list', { name: 'Jobs and training found' }).getByRole('link').first().click();
    await expect(adviserPage).toHaveURL(/\/vacancies\/[\w-]+$/);
    jobTitle = (await adviserPage.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await adviserPage.getByRole('button', { name: 'Add to shortlist' }).click();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Shortlist (2)' })).toBeVisible();
  });

  await test.step('the shortlist shows both on present mode’s page, and no young person', async () => {
    await adviserPage.goto('/adviser/present');
    const list = adviserPage.getByRole('list', { name: 'Shortlist' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('link', { name: courseTitle })).toBeVisible();
    await expect(list.getByRole('link', { name: jobTitle })).toBeVisible();
    await expect(adviserPage.getByText(name)).toHaveCount(0);
    await expect(adviserPage.getByText(otherName)).toHaveCount(0);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('the hand-over page offers a QR code, the plan and a text, with no names', async () => {
    await adviserPage.getByRole('navigation', { name: 'Present mode' }).getByRole('link', { name: 'Shortlist' }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: 'Our shortlist' })).toBeVisible();
    await expect(adviserPage.getByRole('img', { name: new RegExp(`^QR code for ${baseURL}/shortlist\\?c=`) })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Or text it to me' })).toBeVisible();
    await expect(adviserPage.getByText(name)).toHaveCount(0);
    await expect(adviserPage.getByText(otherName)).toHaveCount(0);
    await adviserPage.screenshot({ path: '/tmp/consent-shortlist-page.png', fullPage: true });
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('the public shortlist page the QR code opens lists both', async () => {
    const qrName = await adviserPage.getByRole('img', { name: /^QR code for / }).getAttribute('aria-label');
    const path = (qrName ?? '').replace(`QR code for ${baseURL}`, '');
    await page.goto(path);
    const list = page.getByRole('list', { name: 'Shortlist' });
    await expect(list.getByRole('link', { name: courseTitle })).toBeVisible();
    await expect(list.getByRole('link', { name: jobTitle })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('"text it to me" sends the shortlist page to a number typed once, and forgets it', async () => {
    const textTo = randomMobile();
    await adviserPage.locator('#text-phone').fill(textTo.typed);
    await adviserPage.getByRole('button', { name: 'Text me the shortlist' }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Sent. Look for a text with the link.' })).toBeVisible();
    await expect(adviserPage.locator('#text-phone')).toHaveValue('');
    await expect.poll(async () => (await readTextsTo(adviserPage, textTo.e164, '/shortlist?c=')).length).toBe(1);
  });

  await test.step('the young person types their number and the whole shortlist is handed over', async () => {
    const field = adviserPage.locator('#phone');
    await field.fill(phone.typed);
    await adviserPage.getByRole('button', { name: 'Put the shortlist on my plan' }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Done. It is on your plan and in your saved list.' })).toBeVisible();
    await expect(adviserPage.getByText(phone.typed)).toHaveCount(0);
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'What we picked (0)' })).toBeVisible();
    await expect(adviserPage.getByText(name)).toHaveCount(0);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('on their phone, both are on their plan and in their saved list', async () => {
    await page.goto('/my/plan');
    const item = page.getByRole('list', { name: 'My steps' }).getByRole('listitem').filter({ hasText: 'Look at the 2 things we found together' });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('link', { name: courseTitle })).toBeVisible();
    await expect(item.getByRole('link', { name: jobTitle })).toBeVisible();
    await page.goto('/my');
    await expect(page.getByRole('list', { name: 'Courses you saved' }).getByRole('link', { name: courseTitle })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Jobs and training you saved' }).getByRole('link', { name: jobTitle })).toBeVisible();
  });

  await test.step('the hand-over is in their access log', async () => {
    await page.goto('/my/privacy');
    await expect(page.getByText('your plan and your saved list (they handed over the shortlist you made together)').first()).toBeVisible();
  });

  await test.step('leaving present mode empties the shortlist', async () => {
    await adviserPage.goto('/vacancies?q=mechanic');
    await adviserPage.getByRole('list', { name: 'Jobs and training found' }).getByRole('link').first().click();
    await adviserPage.getByRole('button', { name: 'Add to shortlist' }).click();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Shortlist (1)' })).toBeVisible();
    await adviserPage.getByRole('button', { name: 'Leave present mode' }).click();
    await adviserPage.getByRole('button', { name: 'Present mode: hide names to show a young person' }).click();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Our shortlist (0)' })).toBeVisible();
  });
  await adviserContext.close();
});
