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

  // Starting the whole page stops the step, and the step's button goes back to Listen.
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(page.getByRole('button', { name: 'Listen to Who can see it' })).toBeVisible();
  await expect.poll(async () => (await speechLog(page)).spoken.at(-1)?.text).toBe('Easy read');
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
