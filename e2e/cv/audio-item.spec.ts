import { chromiumLaunchOptions, FAKE_MEDIA_ARGS } from '../fixtures/browser';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { startCvAsNewYoungPerson } from './cv-helpers';

// Chromium's fake microphone and camera, allowed without asking.
test.use({ launchOptions: chromiumLaunchOptions(FAKE_MEDIA_ARGS) });

test('a young person records a voice note about themselves, keeps it, adds what they said, and it shows on their CV', async ({ page }) => {
  // A long journey (sign-in, recording, upload) on a shared, busy machine.
  test.setTimeout(180_000);
  await test.step('they open About me', async () => {
    await startCvAsNewYoungPerson(page, 'Leo');
    await page.getByRole('link', { name: 'Add to about me' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About me' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Give it a short title' }).fill('Hello from Leo');
  });

  await test.step('they record their voice and see the timer running', async () => {
    await page.getByRole('button', { name: 'Record your voice' }).click();
    const timer = page.getByRole('timer', { name: 'Time recorded' });
    await expect(timer).toBeVisible();
    await expect(timer).toHaveText(/^0:0[2-9]$/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Stop recording' }).click();
  });

  await test.step('they can listen back, then keep it', async () => {
    await expect(page.getByLabel('Your voice recording')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Record again' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete it' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByText('Your voice recording is kept. Press Save at the bottom to add it.')).toBeVisible();
  });

  await test.step('they write what they said and save it on their CV', async () => {
    await page.getByRole('textbox', { name: /^Words for your voice note or video/ }).fill('Hi, I am Leo. I like fixing bikes.');
    const onCv = page.getByRole('radio', { name: 'Show it on my CV' });
    await onCv.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    const item = page.getByRole('list', { name: 'About me' }).getByRole('listitem').filter({ hasText: 'Hello from Leo' });
    await expect(item.getByText('What I say:')).toBeVisible();
    await expect(item.getByText('Hi, I am Leo. I like fixing bikes.')).toBeVisible();
    const src = await item.locator('audio source').getAttribute('src');
    const response = await page.request.get(src ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('audio/webm');
    expect((await response.body()).byteLength).toBeGreaterThan(1000);
  });

  await test.step('My CV shows the voice note with its words', async () => {
    await page.goto('/cv/my-cv');
    await expect(page.getByRole('heading', { level: 3, name: 'Hello from Leo' })).toBeVisible();
    await expect(page.getByText('Hi, I am Leo. I like fixing bikes.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('an empty or refused recording gets a clear message and a way forward', async ({ page, context }) => {
  await startCvAsNewYoungPerson(page, 'Ava');
  await context.clearPermissions();
  // A browser that says no to the microphone, as when someone taps "Block".
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await page.goto('/cv/add?section=interests');
  await page.getByRole('button', { name: 'Record your voice' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'You did not allow the microphone' })).toContainText('upload a file instead');
  await expect(page.getByLabel('Or choose a photo, sound recording or video')).toBeVisible();
});
