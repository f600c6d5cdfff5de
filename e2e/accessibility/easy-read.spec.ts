import { speechLog, stubSpeech } from '../fixtures/speech';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('a young person reads the easy read page about their information, and hears one step on its own', async ({ page }) => {
  await stubSpeech(page);
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Easy read' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Easy read' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /What happens to your information/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What happens to your information' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'You can say no' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Listen to Who can see it' }).click();
  await expect(page.getByRole('button', { name: 'Stop reading Who can see it' })).toBeVisible();
  await expect.poll(async () => (await speechLog(page)).spoken.map((spoken) => spoken.text)).toEqual(['Who can see it']);
  await page.evaluate(() => (window as unknown as { __finishSentence: () => void }).__finishSentence());
  await expect
    .poll(async () => (await speechLog(page)).spoken.at(-1)?.text)
    .toBe('You can see everything we keep about you.');

  // Starting the whole page stops the step, and the step's button goes back to Listen. This page has a
  // recording of itself, so that plays instead of the browser's voice.
  const spokenBefore = (await speechLog(page)).spoken.length;
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(page.getByRole('button', { name: 'Listen to Who can see it' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Playing the recording of this page.' })).toBeVisible();
  expect((await speechLog(page)).spoken.length).toBe(spokenBefore);
});

test('an easy read page plays its recording, highlighting the sentence being heard, and can be paused', async ({ page }) => {
  await stubSpeech(page);
  await page.goto('/easy-read/your-adviser');
  const recording = page.getByLabel('Recording: What your adviser can see');
  // It is a native player too, which works without JavaScript, and costs no data until it is played.
  await expect(recording).toHaveAttribute('preload', 'none');
  await expect(page.getByRole('heading', { level: 2, name: 'Hear this page' })).toBeVisible();

  const readAloud = page.getByRole('region', { name: 'Read aloud' });
  await readAloud.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(readAloud.getByRole('status')).toHaveText('Playing the recording of this page.');
  const highlighted = () =>
    page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights?: Map<string, { values: () => IterableIterator<Range> }> }).highlights?.get('read-aloud');
      return highlight ? [...highlight.values()].map((range) => range.toString()).join(' ') : null;
    });
  // The first sentence is the page's own "Easy read"; a few seconds in, it is on the title and beyond.
  await expect.poll(async () => recording.evaluate((audio: HTMLAudioElement) => audio.currentTime), { timeout: 20_000 }).toBeGreaterThan(2.5);
  await expect.poll(highlighted).not.toBe('Easy read');
  expect(await highlighted()).toBeTruthy();
  expect((await speechLog(page)).spoken).toEqual([]);

  await readAloud.getByRole('button', { name: 'Pause' }).click();
  expect(await recording.evaluate((audio: HTMLAudioElement) => audio.paused)).toBe(true);
  await readAloud.getByRole('button', { name: 'Carry on' }).click();
  await expect.poll(() => recording.evaluate((audio: HTMLAudioElement) => audio.paused)).toBe(false);
  await readAloud.getByRole('button', { name: 'Stop' }).click();
  expect(await recording.evaluate((audio: HTMLAudioElement) => audio.paused)).toBe(true);
  expect(await highlighted()).toBeNull();
  await expectNoAxeViolations(page);
});

test('each easy read page and the accessibility statement pass axe', async ({ page }) => {
  for (const path of ['/easy-read/applying', '/easy-read/your-adviser', '/accessibility']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto('/accessibility');
  await page.getByRole('link', { name: 'Change your settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My settings' })).toBeVisible();
});

test('an easy read page that does not exist is not found', async ({ page }) => {
  const response = await page.goto('/easy-read/nothing-here');
  expect(response?.status()).toBe(404);
});
