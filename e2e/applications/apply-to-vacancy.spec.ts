import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { fillApplicationProfile, year11DateOfBirth } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';

test('a young person fills in their profile once, then applies to a vacancy with it', async ({ page }) => {
  test.setTimeout(180_000);

  await test.step('they fill in their application profile on its own', async () => {
    await page.goto('/sign-in');
    await makeNewYoungPersonAccount(page, 'Noor');
    await page.goto('/applications/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Your application profile' })).toBeVisible();
    const parts = page.getByRole('list', { name: 'Parts of your profile' });
    // Their mobile number comes from their account, so contact details have already begun.
    await expect(parts.getByRole('listitem').filter({ hasText: 'Your contact details' })).toContainText('In progress');
    await expect(parts.getByRole('listitem').filter({ hasText: 'School and qualifications' })).toContainText('Not started');
    await expectNoAxeViolations(page);
    await fillApplicationProfile(page, { dateOfBirth: year11DateOfBirth() });
    await expect(page.getByText('Your profile is done. You can apply for things now.')).toBeVisible();
  });

  await test.step('a section that is not finished says what to do', async () => {
    await page.getByRole('list', { name: 'Parts of your profile' }).getByRole('link', { name: 'Your contact details' }).click();
    await page.getByRole('textbox', { name: 'Your date of birth' }).fill('31 2 2010');
    await page.getByRole('button', { name: 'Save – this part is done' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Enter your date of birth, like 27 3 2010' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Your date of birth' }).fill(year11DateOfBirth());
    await page.getByRole('button', { name: 'Save – this part is done' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your application profile' })).toBeVisible();
  });

  await test.step('they find a job by a word and press Apply', async () => {
    await page.goto('/vacancies?q=greeter');
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link', { name: /Trainee showroom greeter/ }).click();
    await page.getByRole('link', { name: 'Apply for this job' }).click();
    await page.getByRole('button', { name: 'Start my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Your application for Trainee showroom greeter/ })).toBeVisible();
  });

  await test.step('their profile is already done, so they only answer the employer’s questions', async () => {
    const parts = page.getByRole('list', { name: 'Parts of your profile' });
    for (const part of ['Your contact details', 'School and qualifications', 'Help and changes you need', 'About you']) {
      await expect(parts.getByRole('listitem').filter({ hasText: part })).toContainText('Done');
    }
    await page.getByRole('link', { name: 'Answer their questions' }).click();
    await page.getByRole('textbox', { name: 'Why would you like to work with cars?' }).fill('I love cars.');
    await page.getByRole('textbox', { name: 'When could you start?' }).fill('Next month.');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByRole('link', { name: 'Check and send' }).click();
    await expect(page.getByText('Brighouse High School')).toBeVisible();
    await expect(page.getByText('I love cars.')).toBeVisible();
    await page.getByRole('button', { name: 'Send my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  });

  await test.step('Apply again on the same job goes to the application they already have', async () => {
    await page.goto('/vacancies?q=greeter');
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link', { name: /Trainee showroom greeter/ }).click();
    await page.getByRole('link', { name: 'Apply for this job' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Trainee showroom greeter/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Sent' })).toBeVisible();
  });
});
