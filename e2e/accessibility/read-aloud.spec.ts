import type { Page } from '@playwright/test';
import { speechLog, stubSpeech } from '../fixtures/speech';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

const isHighlighted = (page: Page) =>
  page.evaluate(() => Boolean((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('read-aloud')));

test('a young person listens to a page, sentence by sentence, and can pause and stop', async ({ page }) => {
  await stubSpeech(page);
  await page.goto('/');
  const readAloud = page.getByRole('region', { name: 'Read aloud' });

  await test.step('Listen reads the page from its heading, highlighting what is being read', async () => {
    await readAloud.getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(async () => (await speechLog(page)).spoken[0]?.text).toBe('What do you want to do next?');
    expect((await speechLog(page)).spoken[0]?.lang).toBe('en-GB');
    expect(await isHighlighted(page)).toBe(true);
  });

  await test.step('when a sentence ends, the next one is read', async () => {
    await page.evaluate(() => (window as unknown as { __finishSentence: () => void }).__finishSentence());
    await expect.poll(async () => (await speechLog(page)).spoken[1]?.text).toBe(
      'Find a course, a job or training near you, and apply with one profile.',
    );
  });

  await test.step('pause, carry on and stop', async () => {
    await readAloud.getByRole('button', { name: 'Pause' }).click();
    await readAloud.getByRole('button', { name: 'Carry on' }).click();
    await readAloud.getByRole('button', { name: 'Stop' }).click();
    const { calls } = await speechLog(page);
    expect(calls).toEqual(expect.arrayContaining(['pause', 'resume', 'cancel']));
    await expect(readAloud.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
    expect(await isHighlighted(page)).toBe(false);
    await expectNoAxeViolations(page);
  });
});

test('the reading speed is remembered with my settings', async ({ page }) => {
  await stubSpeech(page);
  await page.goto('/courses');
  const speed = page.getByRole('group', { name: 'Reading speed' });
  const saved = page.waitForResponse((response) => response.request().method() === 'POST');
  await speed.getByRole('button', { name: 'slower' }).click();
  await saved;
  await expect(speed.getByRole('button', { name: 'slower' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(speed.getByRole('button', { name: 'slower' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect.poll(async () => (await speechLog(page)).spoken[0]?.rate).toBe(0.75);
  expect((await speechLog(page)).spoken[0]?.text).toBe('Find a course');
});

test('where the browser cannot speak, it says so plainly', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This browser cannot read pages aloud.' })).toBeVisible();
});

test('each search result can be heard on its own', async ({ page }) => {
  await stubSpeech(page);
  await page.goto('/vacancies?q=mechanic');
  const first = page.getByRole('list', { name: 'Jobs and training found' }).getByRole('listitem').first();
  const title = (await first.getByRole('heading', { level: 3 }).textContent())!.trim();
  await first.getByRole('button', { name: `Listen to ${title}` }).click();
  await expect(first.getByRole('button', { name: `Stop reading ${title}` })).toBeVisible();
  // Each sentence ends in turn, until the card has been read to its end.
  const spokenText = async () => (await speechLog(page)).spoken.map((sentence) => sentence.text).join(' ');
  await expect
    .poll(async () => {
      await page.evaluate(() => (window as unknown as { __finishSentence: () => void }).__finishSentence());
      return spokenText();
    })
    .toMatch(/Checked|checked/);
  const spoken = await spokenText();
  expect(spoken).toContain(title);
  // It reads this card only: not the page's heading, and not its own button.
  expect(spoken).not.toContain('Find a job or training');
  expect(spoken).not.toContain('Listen');
  await expectNoAxeViolations(page);
});
