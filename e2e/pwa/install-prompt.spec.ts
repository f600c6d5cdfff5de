import type { Page } from '@playwright/test';
import { waitForActiveServiceWorker } from '../fixtures/pwa';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

/** What Chrome does when the app can be installed; `prompt()` notes that it was called. */
async function offerToInstall(page: Page, outcome: 'accepted' | 'dismissed') {
  // The page listens once it has started up, and it starts the service worker at the same moment.
  await waitForActiveServiceWorker(page);
  await page.evaluate((choice) => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(event, {
      prompt: async () => {
        document.body.dataset.installPrompted = 'yes';
      },
      userChoice: Promise.resolve({ outcome: choice }),
    });
    window.dispatchEvent(event);
  }, outcome);
}

test('the app offers to go on the home screen on the young person’s page, and “No thanks” is for good', async ({ page }) => {
  const offer = page.getByRole('region', { name: 'Add Next Steps to your home screen' });

  await test.step('on a public page the browser’s offer is kept quiet', async () => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await offerToInstall(page, 'accepted');
    await expect(offer).toHaveCount(0);
  });

  await test.step('on their own page it is offered, and Add to home screen asks the browser', async () => {
    await makeNewYoungPersonAccount(page, 'Ama');
    await page.goto('/my');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await offerToInstall(page, 'accepted');
    await expect(offer).toBeVisible();
    await expectNoAxeViolations(page);
    await offer.getByRole('button', { name: 'Add to home screen' }).click();
    await expect(offer).toHaveCount(0);
    await expect(page.locator('body')).toHaveAttribute('data-install-prompted', 'yes');
  });

  await test.step('“No thanks” hides it, and it does not come back', async () => {
    await page.reload();
    await offerToInstall(page, 'accepted');
    await offer.getByRole('button', { name: 'No thanks' }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await offerToInstall(page, 'accepted');
    await expect(page.getByRole('heading', { level: 2, name: 'Courses you saved' })).toBeVisible();
    await expect(offer).toHaveCount(0);
  });
});
