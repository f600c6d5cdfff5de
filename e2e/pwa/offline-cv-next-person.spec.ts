import { startCvAsNewYoungPerson } from '../cv/cv-helpers';
import { personalCacheHolds, personalCacheNames, waitForActiveServiceWorker } from '../fixtures/pwa';
import { expect, test } from '../fixtures/test';

test('someone who leaves a shared phone without signing out does not leave their CV for the next person', async ({ page, context }) => {
  test.setTimeout(120_000);

  await test.step('a young person opens their CV: it is kept on the phone', async () => {
    await startCvAsNewYoungPerson(page, 'Ola');
    await waitForActiveServiceWorker(page);
    await page.goto('/cv');
    await expect.poll(() => personalCacheHolds(page, page.url())).toBe(true);
  });

  await test.step('their session ends without signing out, and the next person opens the sign-in page', async () => {
    await context.clearCookies();
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect.poll(() => personalCacheNames(page)).toEqual([]);
  });

  await test.step('offline, the CV is not there', async () => {
    await context.setOffline(true);
    await page.goto('/cv');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  });
});
