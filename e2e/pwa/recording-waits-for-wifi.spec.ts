import { chromiumLaunchOptions, FAKE_MEDIA_ARGS } from '../fixtures/browser';
import { startCvAsNewYoungPerson } from '../cv/cv-helpers';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

// Chromium's fake microphone and camera, allowed without asking.
test.use({ launchOptions: chromiumLaunchOptions(FAKE_MEDIA_ARGS) });

test('with Save my data on, a recording made on mobile data waits for Wi-Fi, unless they send it anyway', async ({ page }) => {
  test.setTimeout(180_000);
  // A phone on mobile data, as Chrome on Android reports it (navigator.connection).
  await page.addInitScript(() => {
    const connection = Object.assign(new EventTarget(), { type: 'cellular', effectiveType: '4g', saveData: false });
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => connection });
    (window as unknown as { testConnection: typeof connection }).testConnection = connection;
  });
  const kept = page.getByText('Your voice recording is kept. Press Save at the bottom to add it.');

  async function recordAndKeep() {
    await page.getByRole('button', { name: 'Record your voice' }).click();
    await expect(page.getByRole('timer', { name: 'Time recorded' })).toHaveText(/^0:0[1-9]$/);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
  }

  await test.step('a young person turns on Save my data', async () => {
    await startCvAsNewYoungPerson(page, 'Sam');
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Yes, save my data' }).check();
    await page.getByRole('button', { name: 'Save my settings' }).click();
    await expect(page.getByRole('heading', { name: 'Your settings are saved' })).toBeVisible();
  });

  await test.step('on mobile data, a recording they keep waits for Wi-Fi', async () => {
    await page.goto('/cv/add?section=about-me');
    await page.getByRole('textbox', { name: 'Give it a short title' }).fill('Hello from Sam');
    await recordAndKeep();
    await expect(page.getByText('Waiting for Wi-Fi')).toBeVisible();
    await expect(page.getByText('Save my data is on, so we will send it when you are on Wi-Fi. It is saved on this phone.')).toBeVisible();
    await expect(kept).toBeHidden();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/offline-cv-waiting-for-wifi.png' });
  });

  await test.step('“Send now anyway” sends it over mobile data', async () => {
    await page.getByRole('button', { name: 'Send now anyway' }).click();
    await expect(kept).toBeVisible();
  });

  await test.step('another recording waits, and goes by itself when the phone joins Wi-Fi', async () => {
    await page.getByRole('button', { name: 'Record a different one' }).click();
    await recordAndKeep();
    await expect(page.getByText('Waiting for Wi-Fi')).toBeVisible();
    await page.evaluate(() => {
      const connection = (window as unknown as { testConnection: EventTarget & { type: string } }).testConnection;
      connection.type = 'wifi';
      connection.dispatchEvent(new Event('change'));
    });
    await expect(kept).toBeVisible();
    await expect(page.getByText('Waiting for Wi-Fi')).toBeHidden();
  });
});
