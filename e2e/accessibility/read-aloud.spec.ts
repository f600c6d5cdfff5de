import type { Page } from '@playwright/test';
import { speechLog, stubSpeech } from '../fixtures/speech';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
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

test('each Explore question can be heard on its own', async ({ page }) => {
  await stubSpeech(page);
  await page.goto('/explore/enjoy');
  await page.getByRole('button', { name: 'Listen to this question' }).click();
  await expect(page.getByRole('button', { name: 'Stop reading this question' })).toBeVisible();
  const spokenText = async () => (await speechLog(page)).spoken.map((sentence) => sentence.text).join(' ');
  await expect.poll(async () => (await speechLog(page)).spoken[0]?.text).toMatch(/^What do you enjoy/);
  // It goes on to the picture choices, one after another, and not to the buttons below the question.
  await expect
    .poll(async () => {
      await page.evaluate(() => (window as unknown as { __finishSentence: () => void }).__finishSentence());
      return (await speechLog(page)).spoken.length;
    })
    .toBeGreaterThan(3);
  expect(await spokenText()).not.toContain('Skip this question');
  await expectNoAxeViolations(page);
});

test('each question in an application can be heard on its own', async ({ page }) => {
  test.setTimeout(120_000);
  await stubSpeech(page);
  await page.goto('/apply?course=plumbing-level-1-calder-valley-college');
  await makeNewYoungPersonAccount(page, `Ari${Math.floor(Math.random() * 1e6)}`);
  await page.getByRole('button', { name: 'Start my application' }).click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}/);
  await page.goto(`${new URL(page.url()).pathname.match(/\/applications\/[0-9a-f-]{36}/)![0]}/questions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Their questions' })).toBeVisible();
  await page.getByRole('button', { name: 'Listen to question 1' }).click();
  await expect.poll(async () => (await speechLog(page)).spoken[0]?.text).toBe('Why do you want to learn plumbing?');
  await page.getByRole('button', { name: 'Listen to question 2' }).click();
  await expect.poll(async () => (await speechLog(page)).spoken.at(-1)?.text).toMatch(/^Have you ever fixed or built something/);
  await expectNoAxeViolations(page);
});
