import { expect, test } from '../fixtures/test';
import { fillApplicationProfile, year11DateOfBirth } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';

// Issue 8: signing in, searching, reading a course, editing CV text and sending an application all work with
// JavaScript off (old phones, data savers, broken scripts). Plain forms and server actions, nothing else.
// (axe cannot run in a page without JavaScript; these pages are checked with it in their own journeys.)
test.use({ javaScriptEnabled: false });

test('with JavaScript off, a young person finds a course, signs in, writes their CV and sends an application', async ({ page }) => {
  // A whole journey, a full page load per step, on a shared two-core machine.
  test.setTimeout(240_000);

  await test.step('they search for a course and open it', async () => {
    await page.goto('/courses');
    await page.getByRole('search', { name: 'Courses' }).getByRole('searchbox', { name: 'What do you want to learn?' }).fill('plumbing');
    await page.getByRole('search', { name: 'Courses' }).getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: /^Plumbing \(Level 1\)/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^Plumbing/ })).toBeVisible();
  });

  await test.step('they press Apply, sign in with a texted code and make an account', async () => {
    await page.getByRole('link', { name: 'Apply for this course' }).click();
    await makeNewYoungPersonAccount(page, 'Rio');
    await expect(page.getByRole('heading', { level: 1, name: /^Apply for Plumbing/ })).toBeVisible();
  });

  await test.step('they write about themselves on their CV', async () => {
    await page.goto('/cv/build/1');
    const title = page.getByRole('textbox', { name: 'Give it a short title' });
    await title.fill('Hello, I am Rio');
    await page.getByRole('textbox', { name: /^Tell people more/ }).fill('I like fixing things <b>and</b> I work hard.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Step 2 of 6. Things I've done" })).toBeVisible();
    await page.goto('/cv');
    await expect(page.getByText('Hello, I am Rio').first()).toBeVisible();
    await expect(page.getByText('I like fixing things <b>and</b> I work hard.').first()).toBeVisible();
  });

  await test.step('they start the application, fill in their profile and answer the questions', async () => {
    await page.goto('/apply?course=plumbing-level-1-calder-valley-college');
    await page.getByRole('button', { name: 'Start my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Your application for Plumbing/ })).toBeVisible();
    await fillApplicationProfile(page, { dateOfBirth: year11DateOfBirth() });
    await page.getByRole('link', { name: 'Answer their questions' }).click();
    // No recorder without JavaScript: it says so, and a file can still be chosen.
    await expect(page.getByRole('button', { name: 'Record your voice' })).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Why do you want to learn plumbing?' }).fill('I want a trade.');
    await page.getByRole('textbox', { name: /Have you ever fixed or built something/ }).fill('I fixed my bike chain.');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await expect(page.getByText('(2 of 2 answered)')).toBeVisible();
  });

  await test.step('they check and send it', async () => {
    await page.getByRole('link', { name: 'Check and send' }).click();
    await expect(page.getByText('I fixed my bike chain.')).toBeVisible();
    await page.getByRole('button', { name: 'Send my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  });
});
