import type { Page } from '@playwright/test';
import { enrolKiosk } from '../fixtures/kiosk';
import { expectFocused, expectFocusVisible, expectTabLeaves, tabTo } from '../fixtures/keyboard';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { speechLog, stubSpeech } from '../fixtures/speech';
import { expect, test } from '../fixtures/test';

/*
 * Core journeys with the keyboard only: Tab, Shift+Tab, Enter, Space, Escape and typing. No mouse, no
 * click(), no fill(). At every stop the focus must be on a control that can be seen, in view, with a focus
 * ring (e2e/fixtures/keyboard.ts), and Tab must be able to leave every widget.
 */

/** The focus moves to the page's main content: after the skip link, or a page change. */
async function skipToMain(page: Page) {
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await page.keyboard.press('Tab');
  await expectFocused(page, skipLink);
  await expectFocusVisible(page, 'the skip link shows itself when focused');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
}

test('a visitor finds a course and listens to it, with the keyboard only', async ({ page }) => {
  // Many key presses, each checked in the page; the machine is shared with builds.
  test.setTimeout(60_000);
  await stubSpeech(page);
  await page.goto('/');

  await test.step('the first Tab stop is the skip link, and it moves the focus to the main content', async () => {
    await skipToMain(page);
  });

  await test.step('they reach "Find a course" from the main content and open it', async () => {
    const findACourse = page.getByRole('list', { name: 'Start here' }).getByRole('link', { name: /^Find a course/ });
    await tabTo(page, findACourse, { max: 5 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Find a course' })).toBeVisible();
  });

  await test.step('they choose a type of course from the picture cards', async () => {
    const building = page.getByRole('list', { name: 'Types of course' }).getByRole('link', { name: /^Building and construction/ });
    await tabTo(page, building, { max: 40 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Choose a subject' })).toBeVisible();
  });

  await test.step('they type what they want to learn and send the search with Enter', async () => {
    const search = page.getByRole('searchbox', { name: 'What do you want to learn?' });
    await tabTo(page, search, { max: 40 });
    await page.keyboard.type('plumbing');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/area=building-and-construction/);
    await expect(page).toHaveURL(/q=plumbing/);
    await expect(page.getByRole('heading', { level: 2, name: /courses? found$/ })).toBeVisible();
  });

  await test.step('Tab does not get stuck in the search form, and reaches a course to open', async () => {
    await expectTabLeaves(page, page.getByRole('search', { name: 'Courses' }), { max: 30 });
    const course = page.getByRole('list', { name: 'Courses found' }).getByRole('link', { name: /Plumbing/ }).first();
    await tabTo(page, course, { max: 40 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /Plumbing/ })).toBeVisible();
  });

  await test.step('they go back up to "Listen to this page" and start it with Enter', async () => {
    const readAloud = page.getByRole('region', { name: 'Read aloud' });
    const listen = readAloud.getByRole('button', { name: 'Listen to this page' });
    await tabTo(page, listen, { max: 40, backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await speechLog(page)).spoken.length).toBeGreaterThan(0);
    await expectFocused(page, readAloud.getByRole('button', { name: 'Pause' }));
    await expectFocusVisible(page, 'the button changed from Listen to Pause');
  });

  await test.step('Space pauses, then Stop with Enter keeps the focus on the Listen button', async () => {
    const readAloud = page.getByRole('region', { name: 'Read aloud' });
    await page.keyboard.press('Space');
    await expectFocused(page, readAloud.getByRole('button', { name: 'Carry on' }));
    await tabTo(page, readAloud.getByRole('button', { name: 'Stop' }), { max: 2 });
    await page.keyboard.press('Enter');
    expect((await speechLog(page)).calls).toEqual(expect.arrayContaining(['pause', 'cancel']));
    await expectFocused(page, readAloud.getByRole('button', { name: 'Listen to this page' }));
    await expectFocusVisible(page, 'after Stop');
    await expectTabLeaves(page, readAloud, { max: 10 });
  });
});

test('a young person saves a job and finds it on their page, with the keyboard only', async ({ page }) => {
  // Signing in by code reads the outbox in a second tab; the machine is shared with builds.
  test.setTimeout(90_000);
  await page.goto('/sign-in');
  await makeNewYoungPersonAccount(page, 'Ren');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello Ren' })).toBeVisible();
  let title = '';

  await test.step('from their page they go to jobs and open one', async () => {
    await tabTo(page, page.getByRole('link', { name: 'Find a job or training' }), { max: 20 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Find a job or training' })).toBeVisible();
    await tabTo(page, page.getByRole('list', { name: 'What you are looking for' }).getByRole('link', { name: /^Jobs/ }), { max: 40 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ jobs found$/ })).toBeVisible();
    const job = page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link').first();
    await tabTo(page, job, { max: 40 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/vacancies\/[0-9a-f-]{36}$/);
    title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  });

  await test.step('they save it with Enter, and the focus stays on the button, which now says it is saved', async () => {
    await tabTo(page, page.getByRole('button', { name: 'Save this job' }), { max: 40 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Saved. You can find it on your page.');
    await expectFocused(page, page.getByRole('button', { name: /Saved ✓/ }));
    await expectFocusVisible(page, 'after saving');
  });

  await test.step('Enter again takes it off their list, and Enter once more puts it back, the focus staying put', async () => {
    await page.keyboard.press('Enter');
    await expectFocused(page, page.getByRole('button', { name: 'Save this job' }));
    await page.keyboard.press('Enter');
    await expectFocused(page, page.getByRole('button', { name: /Saved ✓/ }));
    await expectFocusVisible(page, 'after saving again');
  });

  await test.step('they go back up to "My page" in the header and find the job there', async () => {
    await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My page' }), { max: 40, backwards: true });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello Ren' })).toBeVisible();
    const saved = page.getByRole('list', { name: 'Jobs and training you saved' }).getByRole('link', { name: new RegExp(`^${escapeRegExp(title)} with `) });
    await tabTo(page, saved, { max: 60 });
  });
});

test('the kiosk "Are you still there?" warning works with the keyboard', async ({ page, browser, request }) => {
  // An admin signs in by code to enrol the kiosk; the machine is shared with builds.
  test.setTimeout(120_000);
  await page.clock.install();
  // Setting up the kiosk is the admin's job, not this journey's: it uses the shared helper.
  await enrolKiosk(page, browser, request);
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  const stay = warning.getByRole('button', { name: 'I’m still here' });
  const findACourse = page.getByRole('list', { name: 'What do you want to do?' }).getByRole('link', { name: 'Find a course' });

  await test.step('when the warning opens, the focus moves into it, onto "I’m still here"', async () => {
    await tabTo(page, findACourse, { max: 40 });
    await page.clock.fastForward('02:01');
    await expect(warning).toBeVisible();
    await expectFocused(page, stay);
    await expectFocusVisible(page, 'the focus the warning gave itself');
  });

  await test.step('Tab stays inside the warning: the page behind cannot be reached', async () => {
    for (let press = 0; press < 4; press += 1) {
      await page.keyboard.press('Tab');
      const isInside = await warning.evaluate((dialog) => dialog.contains(document.activeElement) || document.activeElement === document.body);
      expect(isInside, 'Tab went behind the warning').toBe(true);
    }
    await tabTo(page, stay, { max: 4, backwards: true });
  });

  await test.step('Enter on "I’m still here" closes it, and the focus goes back where it was', async () => {
    await page.keyboard.press('Enter');
    await expect(warning).toHaveCount(0);
    await expect(page).toHaveURL(/\/kiosk$/);
    await expectFocused(page, findACourse);
    await expectFocusVisible(page, 'after the warning closed');
  });

  await test.step('Escape also means "I’m still here": it closes the warning and nothing is cleared', async () => {
    await page.clock.fastForward('02:01');
    await expect(warning).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(warning).toHaveCount(0);
    await expectFocused(page, findACourse);
    // The warning's time would have run out by now: staying really stopped the clearing.
    await page.clock.fastForward('00:40');
    await expect(page).toHaveURL(/\/kiosk$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Halifax Youth Hub' })).toBeVisible();
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
