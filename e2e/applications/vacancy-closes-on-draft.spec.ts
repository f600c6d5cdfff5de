import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('the employer closes a vacancy while a draft waits: the draft is kept, explained, and cannot be sent', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const title = `Trainee parts picker ${uniqueLetters(8)}`;
  const made = await request.post('/api/test/vacancy', { data: { title } });
  const vacancy = (await made.json()) as { id: string; employerSlug: string };
  let applicationUrl = '';

  await test.step('a young person starts an application and gets as far as checking it', async () => {
    await page.goto(`/apply?vacancy=${vacancy.id}`);
    await makeNewYoungPersonAccount(page, `Ola${uniqueLetters()}`);
    await page.getByRole('button', { name: 'Start my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Your application for ${title}` })).toBeVisible();
    applicationUrl = new URL(page.url()).pathname;
    expect(applicationUrl).toMatch(/^\/applications\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Check and send' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your application' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send my application' })).toBeVisible();
  });

  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();

  await test.step('the employer closes the vacancy, and cannot open the unsent draft', async () => {
    const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Tom Test', employerSlug: vacancy.employerSlug });
    await signInAsStaff(staffPage, staff.email, /\/employer$/);
    await staffPage.goto(`/employer/vacancies/${vacancy.id}`);
    await staffPage.getByRole('button', { name: 'Close it: no more applications' }).click();
    await expect(staffPage.getByRole('status').getByText('Closed. Young people can no longer apply.')).toBeVisible();
    const applicationId = applicationUrl.split('/').at(-1);
    expect((await staffPage.goto(`/employer/applications/${applicationId}`))?.status()).toBe(404);
  });

  await test.step('sending from the page still open is refused, with the reason', async () => {
    await page.getByRole('button', { name: 'Send my application' }).click();
    await expect(page.getByText('This has closed, so you cannot send your application now.').first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'This has closed, so you cannot send your application now.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send my application' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  await test.step('the draft is kept, says why, and is still not sent', async () => {
    await page.goto(applicationUrl);
    await expect(page.getByRole('alert').filter({ hasText: 'We have kept everything you wrote' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/applications');
    const entry = page.getByRole('list', { name: 'Your applications' }).getByRole('listitem').filter({ hasText: title });
    await expect(entry).toContainText('Not sent yet');
  });
  await staffContext.close();
});
