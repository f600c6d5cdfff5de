import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { expectInSearch, isoDaysFromToday } from './vacancy-form';

const HEADER =
  'reference,title,type,category,summary,what_youll_do,pay_type,pay,hours_per_week,postcode,town,closing_date,places,no_experience_needed,no_qualifications_needed,questions,voice_and_video_answers';

function vacancyLine(reference: string, title: string, pay = '8.50'): string {
  return [reference, title, 'apprenticeship', 'car-repair', 'Learn to fix cars with our team.', '', 'hour', pay, '37.5', 'HX5 0AN', 'Elland', isoDaysFromToday(60), '2', 'yes', '', 'Why do you like cars?', 'yes'].join(',');
}

async function uploadFile(page: Page, lines: string[]) {
  await page.goto('/employer/vacancies');
  await page.getByRole('link', { name: 'Post or update vacancies from a file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Post or update vacancies from a file' })).toBeVisible();
  await page.getByLabel('Your vacancy file').setInputFiles({ name: 'vacancies.csv', mimeType: 'text/csv', buffer: Buffer.from(`${[HEADER, ...lines].join('\n')}\n`) });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your vacancy file' })).toBeVisible();
}

test('an employer posts vacancies from a file; a second upload updates without posting twice', async ({ page, request }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const title = `Apprentice mechanic ${word}`;
  const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Tom Test', employerSlug: 'pennine-motor-group' });
  await signInAsStaff(page, staff.email, /\/employer$/);

  await test.step('the upload is checked and nothing is posted before they save', async () => {
    await uploadFile(page, [vacancyLine(`PMG-${word}`, title)]);
    await expectNoAxeViolations(page);
    await expect(page.getByRole('table', { name: 'vacancies to add' }).getByRole('rowheader', { name: title })).toBeVisible();
    await expectInSearch(page, word, title, false);
    await page.goBack();
    await page.getByRole('button', { name: 'Save all vacancies' }).click();
    await expect(page.getByRole('status').getByText('Saved. 1 vacancy posted and 0 changed. Young people see them now.')).toBeVisible();
    await expectNoAxeViolations(page);
    await expectInSearch(page, word, title, true);
  });

  await test.step('the same reference with new pay changes the vacancy; it is still there once', async () => {
    await uploadFile(page, [vacancyLine(`PMG-${word}`, title, '9.25')]);
    await expect(page.getByRole('table', { name: 'vacancies to change' }).getByRole('row', { name: new RegExp(title) })).toContainText('pay');
    await page.getByRole('button', { name: 'Save all vacancies' }).click();
    await expect(page.getByRole('status').getByText('Saved. 0 vacancies posted and 1 changed. Young people see them now.')).toBeVisible();
    await page.goto(`/vacancies?q=${word}`);
    await expect(page.getByRole('link', { name: new RegExp(title) })).toHaveCount(1);
    await page.getByRole('link', { name: new RegExp(title) }).click();
    await expect(page.getByText('£9.25 an hour').first()).toBeVisible();
  });
});

test('pay below the legal minimum saves nothing, and another employer gets not-found for the upload', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Tom Test', employerSlug: 'pennine-motor-group' });
  await signInAsStaff(page, staff.email, /\/employer$/);
  await uploadFile(page, [vacancyLine(`OK-${word}`, `Good job ${word}`), vacancyLine(`LOW-${word}`, `Low pay ${word}`, '5.00')]);
  await expect(page).toHaveTitle(/^Error: /);
  const problems = page.getByRole('table', { name: 'Rows with problems' });
  await expect(problems.getByRole('row', { name: /pay/ })).toContainText('The pay must be at least £8.00 an hour, the legal minimum for apprentices');
  await expect(problems.getByRole('row', { name: /pay/ })).toContainText('3');
  await expect(page.getByRole('button', { name: 'Save all vacancies' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const previewAddress = new URL(page.url()).pathname;
  await expectInSearch(page, word, `Good job ${word}`, false);

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await context.newPage();
  const otherStaff = await makeTestStaff(request, { role: 'employer_staff', name: 'Other Garage', employerSlug: 'elland-tyre-and-exhaust-centre' });
  await signInAsStaff(other, otherStaff.email, /\/employer$/);
  expect((await other.goto(previewAddress))?.status()).toBe(404);
  await context.close();
});

test('an employer downloads the vacancies they posted on the form and uploads them back unchanged: nothing is posted twice', async ({ page, request }) => {
  test.setTimeout(240_000);
  const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Cal Test', employerSlug: 'calder-credit-union' });
  await signInAsStaff(page, staff.email, /\/employer$/);
  const download = await page.request.get('/employer/vacancies/import/yours');
  expect(download.headers()['content-type']).toContain('text/csv');
  const [header, ...lines] = (await download.text()).trim().split('\r\n');
  expect(header).toBe(HEADER);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^NS-[0-9A-F]{8},/);
  await uploadFile(page, lines);
  await expect(page.getByRole('heading', { level: 2, name: 'To add: 0 vacancies' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'To change: 0 vacancies' })).toBeVisible();
  await expect(page.getByText(lines.length === 1 ? '1 vacancy already up to date.' : `${lines.length} vacancies already up to date.`, { exact: false })).toBeVisible();
});
