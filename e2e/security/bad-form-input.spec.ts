import { signInAsStaff } from '../fixtures/applications';
import { expectSafePage, replaceInPosts, tamper, watchServerErrors } from '../fixtures/hostile-forms';
import { FORM_PAYLOADS, HOSTILE_NUMBERS, INVALID_UTF8, OVERLONG, PWNED_TITLE } from '../fixtures/hostile-inputs';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { startCvAsNewYoungPerson } from '../cv/cv-helpers';
import { expect, test } from '../fixtures/test';
import { isoDaysFromToday } from '../manage/vacancy-form';

// The hostile corpus posted through the real forms (server actions), as a person (or a changed page) would.
// Every refusal must say what to do, nothing may answer 5xx, saved text must show as text, and a refused post
// must not lose what was saved before. The GET pages have their own corpus run in bad-input.spec.ts.

// Routes do not see what a service worker sends, and replaceInPosts needs to.
test.use({ serviceWorkers: 'block' });

const problem = (page: import('@playwright/test').Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });
const ALL_PAYLOADS = Object.values(FORM_PAYLOADS).join(' ');

test('a young person: hostile sign-in numbers, CV words and profile answers are refused or kept as plain text', async ({ page }) => {
  test.setTimeout(180_000);
  const serverErrors = watchServerErrors(page);
  await replaceInPosts(page, 'RAW-BYTES-HERE', INVALID_UTF8);

  await test.step('sign-in refuses every hostile "phone number" with the same clear message', async () => {
    await page.goto('/sign-in');
    const phone = page.getByRole('textbox', { name: 'Your mobile number' });
    for (const value of [FORM_PAYLOADS.script, FORM_PAYLOADS.sql, FORM_PAYLOADS.loneSurrogate, OVERLONG, '-1', '99999999999999999999999999', '+44 7700 900 123 ext 9', 'RAW-BYTES-HERE']) {
      await tamper(phone, value);
      await page.getByRole('button', { name: 'Send me a code' }).click();
      await expect(problem(page).getByRole('link', { name: 'Enter a UK mobile number, like 07700 900 123' }), value.slice(0, 40)).toBeVisible();
      await expectSafePage(page);
    }
  });

  await test.step('a new young person saves the first step of their CV', async () => {
    await startCvAsNewYoungPerson(page, 'Ola');
    await page.getByRole('link', { name: 'Build my CV step by step' }).click();
    await page.getByRole('textbox', { name: 'Give it a short title' }).fill('Kept title');
    await page.getByRole('textbox', { name: /^Tell people more/ }).fill('Kept words.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Step 2 of 6\./ })).toBeVisible();
  });

  await test.step('overlong CV words are refused with a message, and keep what was typed', async () => {
    await page.goto('/cv/build/1');
    await tamper(page.getByRole('textbox', { name: 'Give it a short title' }), OVERLONG);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(problem(page).getByRole('link', { name: 'The title must be 120 letters or fewer' })).toBeVisible();
    await expectSafePage(page);
    await page.getByRole('textbox', { name: 'Give it a short title' }).fill('Another title');
    await tamper(page.getByRole('textbox', { name: /^Tell people more/ }), OVERLONG);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(problem(page).getByRole('link', { name: 'Tell us in 2000 letters or fewer' })).toBeVisible();
    await expectSafePage(page);
  });

  await test.step('script, SQL, control characters and bytes that are not UTF-8 are saved as plain words', async () => {
    await page.goto('/cv/build/1');
    await page.getByRole('textbox', { name: 'Give it a short title' }).fill(PWNED_TITLE);
    await page.getByRole('textbox', { name: /^Tell people more/ }).fill(`${ALL_PAYLOADS} RAW-BYTES-HERE`);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Step 2 of 6\./ })).toBeVisible();
  });

  await test.step('the CV page and the CV show the words as text, no script runs, and the first item is still there', async () => {
    for (const address of ['/cv', '/cv/my-cv']) {
      await page.goto(address);
      await expectSafePage(page);
      await expect(page.getByText(PWNED_TITLE).first()).toBeVisible();
      await expect(page.getByText('Kept title').first()).toBeVisible();
    }
    await expect(page.getByText(/DROP TABLE users/).first()).toBeVisible();
  });

  await test.step('the application profile keeps its saved answer when a hostile one is refused', async () => {
    await page.goto('/applications/profile/statement');
    const about = page.getByRole('textbox', { name: 'About you' });
    await about.fill(`Kept answer. ${ALL_PAYLOADS}`);
    await page.getByRole('button', { name: 'Save – this part is done' }).click();
    await expect(page).toHaveURL(/\/applications\/profile\?saved=statement$/);
    await page.goto('/applications/profile/statement');
    await tamper(about, OVERLONG);
    await page.getByRole('button', { name: 'Save – this part is done' }).click();
    await expect(problem(page)).toBeVisible();
    await expectSafePage(page);
    await page.goto('/applications/profile/statement');
    await expect(about).toHaveValue(/^Kept answer\. <script>window.__pwned=1<\/script>/);
    await expectSafePage(page);

    await page.goto('/applications/profile/contact');
    const birthday = page.getByRole('textbox', { name: 'Your date of birth' });
    for (const value of [...HOSTILE_NUMBERS, FORM_PAYLOADS.script, '31 2 2009', '1 1 1800']) {
      await tamper(birthday, value);
      await page.getByRole('button', { name: 'Save – this part is done' }).click();
      await expect(problem(page), value).toBeVisible();
      await expectSafePage(page);
    }
  });

  await test.step('how we contact you: a made-up choice is refused with a message', async () => {
    await page.goto('/my/contact');
    await expect(page.getByRole('heading', { level: 1, name: 'How we contact you' })).toBeVisible();
    const form = page.locator('form').filter({ has: page.getByRole('radio') }).first();
    await tamper(form.getByRole('radio').first(), `${FORM_PAYLOADS.script}RAW-BYTES-HERE`);
    await form.getByRole('button').last().click();
    await expect(page).toHaveURL(/\/my\/contact\?problem=1$/);
    await expect(page).toHaveTitle(/^Error: /);
    await expectSafePage(page);
  });

  expect(serverErrors).toEqual([]);
});

test('an employer: a vacancy with hostile words and numbers is refused or shown as plain text', async ({ page, request }) => {
  test.setTimeout(240_000);
  const serverErrors = watchServerErrors(page);
  await replaceInPosts(page, 'RAW-BYTES-HERE', INVALID_UTF8);
  const word = uniqueLetters(8);
  const title = `Tyre fitter ${word} ${FORM_PAYLOADS.imageOnError}`;

  const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Eve Test', employerSlug: 'pennine-motor-group' });
  await signInAsStaff(page, staff.email, /\/employer$/);
  await page.goto('/employer/vacancies/new');
  const fillGood = async () => {
    await page.getByLabel('Job title').fill(title);
    await page.getByRole('radio', { name: /^Job/ }).check();
    await page.getByRole('radio', { name: 'Car repair and servicing' }).check();
    await page.getByLabel('What the job is, in plain words').fill(`${ALL_PAYLOADS} RAW-BYTES-HERE`);
    await page.getByLabel('Pay in pounds').fill('11.00');
    await page.getByLabel('Hours a week').fill('20');
    await page.getByLabel('Postcode of the workplace').fill('HX5 0AN');
    await page.getByLabel('Town or village').fill(FORM_PAYLOADS.svgOnLoad);
    await page.getByLabel('Closing date').fill(isoDaysFromToday(21));
  };

  await test.step('hostile pay, hours, closing dates and overlong words are refused with a message', async () => {
    await fillGood();
    // A refused form comes back with what was typed, so the number cases follow one another on it.
    for (const value of HOSTILE_NUMBERS) {
      await tamper(page.getByLabel('Pay in pounds'), value);
      await tamper(page.getByLabel('Hours a week'), value);
      await page.getByRole('button', { name: 'Post the vacancy' }).click();
      // (The pay is checked against the hours, so with both wrong the hours' message comes first.)
      await expect(problem(page).getByRole('link', { name: 'Enter the hours a week, like 37.5 (48 at most)' }), value).toBeVisible();
      await expectSafePage(page);
    }
    const cases: Array<Array<[string, string]>> = [
      [['Closing date', '99999-99-99'], ['Postcode of the workplace', FORM_PAYLOADS.sql]],
      [['Closing date', FORM_PAYLOADS.script], ['Job title', OVERLONG], ['What the job is, in plain words', OVERLONG]],
    ];
    for (const fields of cases) {
      await page.goto('/employer/vacancies/new');
      await fillGood();
      for (const [label, value] of fields) await tamper(page.getByLabel(label), value);
      await page.getByRole('button', { name: 'Post the vacancy' }).click();
      await expect(problem(page).getByRole('link'), fields.map(([label]) => label).join(', ')).toHaveCount(fields.length);
      await expectSafePage(page);
    }
    await page.goto('/employer/vacancies/new');
    await fillGood();
  });

  await test.step('posted with script and SQL in its words, the vacancy shows them as text to staff and young people', async () => {
    await page.getByRole('button', { name: 'Post the vacancy' }).click();
    await expect(page).toHaveURL(/\/employer\/vacancies\/[0-9a-f-]{36}/);
    await expectSafePage(page);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const id = new URL(page.url()).pathname.split('/').at(-1);
    await page.goto(`/vacancies/${id}`);
    await expectSafePage(page);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/DROP TABLE users/).first()).toBeVisible();
    await page.goto(`/vacancies?q=${word}`);
    await expectSafePage(page);
    await expect(page.getByRole('link', { name: new RegExp(word) })).toBeVisible();
  });

  expect(serverErrors).toEqual([]);
});

test('a provider: hostile course words are refused or shown as plain text, and a refusal keeps the saved course', async ({ page, request }) => {
  test.setTimeout(180_000);
  const serverErrors = watchServerErrors(page);
  await replaceInPosts(page, 'RAW-BYTES-HERE', INVALID_UTF8);
  const marker = `Kept ${uniqueLetters()}.`;

  const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Pat Test', providerSlug: 'calder-valley-college' });
  await signInAsStaff(page, staff.email, /\/provider$/);
  await page.getByRole('link', { name: 'Your courses' }).click();
  // Not the plumbing courses (other journeys rely on them) nor the first two (provider-updates-course edits them).
  await page.getByRole('list', { name: 'Your courses' }).getByRole('link').filter({ hasNotText: /Plumbing/ }).nth(2).click();
  await expect(page).toHaveURL(/\/provider\/courses\/[0-9a-f-]{36}$/);
  const courseAddress = new URL(page.url()).pathname;
  const summaryBox = page.getByLabel('What the course is, in plain words');

  await test.step('script, SQL and bytes that are not UTF-8 in the summary and cost are saved', async () => {
    await summaryBox.fill(`${marker} ${ALL_PAYLOADS} RAW-BYTES-HERE`);
    await page.getByLabel('Cost and help with money').fill(FORM_PAYLOADS.imageOnError);
    await page.getByRole('button', { name: 'Save course' }).click();
    await expect(page.getByRole('status').getByText('Saved. Young people see the changes now.')).toBeVisible();
    await expectSafePage(page);
  });

  await test.step('overlong words and hostile places are refused with a message, and the saved summary stays', async () => {
    await page.goto(courseAddress);
    await tamper(summaryBox, OVERLONG);
    await page.getByRole('button', { name: 'Save course' }).click();
    await expect(problem(page)).toBeVisible();
    await expectSafePage(page);
    for (const value of HOSTILE_NUMBERS) {
      await page.goto(courseAddress);
      const firstRun = page.getByRole('form').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
      await tamper(firstRun.getByLabel('Number of places'), value);
      await firstRun.getByRole('button', { name: 'Save this start date' }).click();
      await expect(problem(page), value).toBeVisible();
      await expectSafePage(page);
    }
    await page.goto(courseAddress);
    await expect(summaryBox).toHaveValue(new RegExp(`^${marker}`));
  });

  await test.step('young people see the course words as text, and no script runs', async () => {
    await page.getByRole('link', { name: 'See the public course page' }).click();
    await expect(page).toHaveURL(/\/courses\/[\w-]+$/);
    await expectSafePage(page);
    await expect(page.getByText(new RegExp(marker)).first()).toBeVisible();
  });

  expect(serverErrors).toEqual([]);
});
