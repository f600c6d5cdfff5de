import { DEMO_ACCOUNTS } from '../../db/seed/accounts';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { fillApplicationProfile, signInAsStaff, year11DateOfBirth } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('an employer cannot see an application made to another employer', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const firstName = `Aisha${Math.floor(Math.random() * 1e6)}`;
  let applicationId = '';

  await test.step('a young person applies to a job at another garage', async () => {
    await page.goto('/sign-in');
    await makeNewYoungPersonAccount(page, firstName);
    await page.goto('/applications/profile');
    await fillApplicationProfile(page, { dateOfBirth: year11DateOfBirth() });
    await page.goto('/vacancies?q=balancer');
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link', { name: /Trainee wheel balancer/ }).click();
    await page.getByRole('link', { name: 'Apply for this job' }).click();
    await page.getByRole('button', { name: 'Start my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Your application for Trainee wheel balancer/ })).toBeVisible();
    applicationId = /\/applications\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(applicationId).not.toBe('');
    await page.getByRole('link', { name: 'Check and send' }).click();
    await page.getByRole('button', { name: 'Send my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  });

  await test.step('Pennine Motor Group’s staff do not see it in their inbox, and its address is not found', async () => {
    const staff = await browser.newContext();
    const staffPage = await staff.newPage();
    await signInAsStaff(staffPage, DEMO_ACCOUNTS.employerStaff.email, /\/employer$/);
    await staffPage.goto('/employer/applications');
    await expect(staffPage.getByRole('heading', { level: 1, name: 'Applications' })).toBeVisible();
    await expect(staffPage.getByText(firstName)).toHaveCount(0);
    await expectNoAxeViolations(staffPage);
    expect((await staffPage.goto(`/employer/applications/${applicationId}`))?.status()).toBe(404);
    // Nor can they act on it.
    expect((await staffPage.goto(`/provider/applications/${applicationId}`))?.status()).toBe(404);
    await staff.close();
  });

  await test.step('the garage it was sent to opens it from their inbox', async () => {
    const owner = await makeTestStaff(request, { role: 'employer_staff', name: `Tam ${uniqueLetters()}`, employerSlug: 'elland-tyre-and-exhaust-centre' });
    const ownerContext = await browser.newContext();
    const ownerPage = await ownerContext.newPage();
    await signInAsStaff(ownerPage, owner.email, /\/employer$/);
    await ownerPage.goto('/employer/applications');
    await ownerPage.getByRole('link', { name: new RegExp(firstName) }).first().click();
    await expect(ownerPage).toHaveURL(new RegExp(`/employer/applications/${applicationId}$`));
    await expect(ownerPage.getByRole('heading', { level: 1 })).toContainText(firstName);
    await expectNoAxeViolations(ownerPage);
    await ownerContext.close();
  });
});
