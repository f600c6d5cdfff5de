import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { personalCacheHolds, personalCacheNames, waitForActiveServiceWorker } from '../fixtures/pwa';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('a saved job can be read offline, and signing out clears it from the phone', async ({ page, context }) => {
  let title = '';
  let jobUrl = '';

  await test.step('a young person signs in and saves a job', async () => {
    await page.goto('/vacancies?type=job');
    await waitForActiveServiceWorker(page);
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/vacancies\/[0-9a-f-]{36}$/);
    title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    jobUrl = page.url();
    await page.getByRole('link', { name: 'Sign in to save this job' }).click();
    await makeNewYoungPersonAccount(page, 'Noor');
    await expect(page).toHaveURL(jobUrl);
    await page.getByRole('button', { name: 'Save this job' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved. You can find it on your page.');
  });

  await test.step('opening their page keeps the saved job on the phone', async () => {
    await page.goto('/my');
    await expect(page.getByRole('list', { name: 'Jobs and training you saved' })).toBeVisible();
    await expect.poll(() => personalCacheHolds(page, jobUrl)).toBe(true);
    // Only the saved copy counts here: forget the copy kept from browsing, as a full cache would.
    await page.evaluate(() => caches.delete('pages'));
  });

  await test.step('offline, the saved job still opens', async () => {
    await context.setOffline(true);
    await page.goto(jobUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  await test.step('offline, a page never visited shows the offline page', async () => {
    await page.goto('/courses?q=plumbing');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  });

  await test.step('their own page is never kept for offline', async () => {
    await page.goto('/my');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  });

  await test.step('back online, signing out clears the saved job from the phone', async () => {
    await context.setOffline(false);
    await page.goto('/my');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeVisible();
    await expect.poll(() => personalCacheNames(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });

  await test.step('offline again, the saved job is not there for the next person', async () => {
    await page.evaluate(() => caches.delete('pages'));
    await context.setOffline(true);
    await page.goto(jobUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  });
});
