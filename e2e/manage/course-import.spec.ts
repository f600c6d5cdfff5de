import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { isoDaysFromToday } from './vacancy-form';

const HEADER = 'reference,title,category,level,mode,method,age_group,apprenticeship,summary,entry_requirements,no_qualifications_needed,duration,cost,start_date,apply_by,places,site';

function courseLine(reference: string, title: string, overrides: { summary?: string; cost?: string; startDate?: string } = {}): string {
  const summary = overrides.summary ?? 'Learn to lay bricks and build walls in our workshop.';
  const startDate = overrides.startDate ?? isoDaysFromToday(200);
  const cells = [reference, title, 'plumbing', 'Level 1', 'full-time', 'classroom', '16-19', 'no', summary, '', 'yes', '1 year', overrides.cost ?? 'Free', startDate, '', '16', 'Francis Street campus'];
  return cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',');
}

async function uploadFile(page: Page, name: string, lines: string[]) {
  await page.getByLabel('Your course file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${[HEADER, ...lines].join('\n')}\n`) });
  await page.getByRole('button', { name: 'Upload and check' }).click();
}

async function openImportPage(page: Page) {
  await page.goto('/provider/courses');
  await page.getByRole('link', { name: 'Add or update courses from a file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add or update courses from a file' })).toBeVisible();
}

test('a college adds courses from a file, finds them in search, and a second upload updates them', async ({ page, request }) => {
  test.setTimeout(240_000);
  const letters = uniqueLetters();
  const first = { reference: `IMP-${letters}-1`, title: `Bricklaying taster ${letters}` };
  const second = { reference: `IMP-${letters}-2`, title: `Wall building ${letters}` };

  await test.step('Calder Valley College staff open the import page and download the template', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Priya Test', providerSlug: 'calder-valley-college' });
    await signInAsStaff(page, staff.email, /\/provider$/);
    await openImportPage(page);
    await expectNoAxeViolations(page);
    const template = await page.request.get('/provider/courses/import/template');
    expect(template.headers()['content-type']).toContain('text/csv');
    const [header, example] = (await template.text()).trim().split('\r\n');
    expect(header).toBe(HEADER);
    expect(example).toContain('CVC-PLUMB-1');
  });

  await test.step('they upload two courses and see both in the preview; nothing is saved yet', async () => {
    await uploadFile(page, 'courses.csv', [courseLine(first.reference, first.title), courseLine(second.reference, second.title)]);
    await expect(page.getByRole('heading', { level: 1, name: 'Check your course file' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'To add: 2 courses' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'courses to add' }).getByRole('rowheader', { name: first.title })).toBeVisible();
    await expectNoAxeViolations(page);
    const search = await page.request.get(`/courses?q=${encodeURIComponent(letters)}`);
    expect(await search.text()).not.toContain(first.title);
  });

  await test.step('they save, and young people find the courses in search', async () => {
    await page.getByRole('button', { name: 'Save all courses' }).click();
    await expect(page.getByRole('status').getByText('Saved. 2 courses added and 0 changed. Young people see them now.')).toBeVisible();
    await page.goto(`/courses?q=${encodeURIComponent(letters)}`);
    await expect(page.getByRole('link', { name: new RegExp(first.title) }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(second.title) }).first()).toBeVisible();
  });

  await test.step('the same file with one new cost changes that course and adds nothing', async () => {
    await openImportPage(page);
    const cost = `Free, with bus fares paid ${letters}`;
    await uploadFile(page, 'courses.csv', [courseLine(first.reference, first.title, { cost }), courseLine(second.reference, second.title)]);
    await expect(page.getByRole('heading', { level: 2, name: 'To add: 0 courses' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'To change: 1 course' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'courses to change' }).getByRole('row', { name: new RegExp(first.title) })).toContainText('cost');
    await expect(page.getByText('1 course already up to date.')).toBeVisible();
    await page.getByRole('button', { name: 'Save all courses' }).click();
    await expect(page.getByRole('status').getByText('Saved. 0 courses added and 1 changed. Young people see them now.')).toBeVisible();
    await page.goto('/provider/courses');
    await expect(page.getByRole('list', { name: 'Your courses' }).getByRole('link', { name: first.title, exact: true })).toHaveCount(1);
    await page.getByRole('list', { name: 'Your courses' }).getByRole('link', { name: first.title, exact: true }).click();
    await expect(page.getByLabel('Cost and help with money')).toHaveValue(cost);
  });
});

test('a file with a bad row shows each problem by row and column, and saves nothing', async ({ page, request }) => {
  test.setTimeout(240_000);
  const letters = uniqueLetters();
  const goodTitle = `Good course ${letters}`;
  const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Priya Test', providerSlug: 'calder-valley-college' });
  await signInAsStaff(page, staff.email, /\/provider$/);
  await openImportPage(page);

  await test.step('a spreadsheet file is refused before any row is read', async () => {
    await page.getByLabel('Your course file').setInputFiles({ name: 'courses.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\u0003\u0004rest') });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'The file must be a CSV file, with a name ending in .csv' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
  });

  await test.step('the preview lists the bad row’s problems and offers no way to save', async () => {
    await uploadFile(page, 'courses.csv', [courseLine(`GOOD-${letters}`, goodTitle), courseLine(`BAD-${letters}`, `Bad course ${letters}`, { summary: '', startDate: '2020-09-01' })]);
    await expect(page.getByRole('heading', { level: 2, name: 'There is a problem with 1 row' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    const problems = page.getByRole('table', { name: 'Rows with problems' });
    await expect(problems.getByRole('row', { name: /summary/ })).toContainText('3');
    await expect(problems.getByRole('row', { name: /summary/ })).toContainText('Enter what the course is, in plain words');
    await expect(problems.getByRole('row', { name: /start_date/ })).toContainText('The start date must be today or later');
    await expect(page.getByRole('button', { name: 'Save all courses' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  await test.step('they throw the file away; the good row was not saved either', async () => {
    await page.getByRole('button', { name: 'Throw this file away' }).click();
    await expect(page.getByRole('status').getByText('Nothing was saved. The file has been thrown away.')).toBeVisible();
    await page.goto('/provider/courses');
    await expect(page.getByRole('heading', { level: 1, name: 'Your courses' })).toBeVisible();
    await expect(page.getByRole('link', { name: goodTitle })).toHaveCount(0);
  });
});

test('staff at another college get not-found for someone else’s upload, and cannot save it', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(240_000);
  const letters = uniqueLetters();
  const title = `Not yours ${letters}`;
  const owner = await makeTestStaff(request, { role: 'provider_staff', name: 'Priya Test', providerSlug: 'calder-valley-college' });
  await signInAsStaff(page, owner.email, /\/provider$/);
  await openImportPage(page);
  await uploadFile(page, 'courses.csv', [courseLine(`MINE-${letters}`, title)]);
  await expect(page.getByRole('heading', { level: 2, name: 'To add: 1 course' })).toBeVisible();
  const previewAddress = new URL(page.url()).pathname;

  const otherContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await otherContext.newPage();
  await test.step('staff at Upper Calder College get not-found for the preview', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Other College', providerSlug: 'upper-calder-college' });
    await signInAsStaff(other, staff.email, /\/provider$/);
    expect((await other.goto(previewAddress))?.status()).toBe(404);
  });

  await test.step('posting the owner’s Save button with the other person’s session gets not-found and saves nothing', async () => {
    // The owner's page without JavaScript posts a plain form; the other person's cookies go with it.
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: testInfo.project.use.baseURL });
    const ownerPage = await noScript.newPage();
    await ownerPage.goto(previewAddress);
    await noScript.clearCookies();
    await noScript.addCookies(await otherContext.cookies());
    const [response] = await Promise.all([ownerPage.waitForResponse((each) => each.request().method() === 'POST'), ownerPage.getByRole('button', { name: 'Save all courses' }).click()]);
    expect(response.status()).toBe(404);
    await noScript.close();
    await page.goto(previewAddress);
    await expect(page.getByRole('heading', { level: 2, name: 'To add: 1 course' })).toBeVisible();
  });
  await otherContext.close();
});

test('courses made on the form can be downloaded, changed in the file and uploaded back, without adding them twice', async ({ page, request }) => {
  test.setTimeout(240_000);
  // Greenway's courses are made by the seed, as if on the form: they have no reference of their own.
  const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Gwen Test', providerSlug: 'greenway-land-based-training' });
  await signInAsStaff(page, staff.email, /\/provider$/);
  await openImportPage(page);
  const download = await page.request.get('/provider/courses/import/yours');
  expect(download.headers()['content-type']).toContain('text/csv');
  expect(download.headers()['content-disposition']).toContain('your-courses.csv');
  const [header, ...lines] = (await download.text()).trim().split('\r\n');
  expect(header).toBe(HEADER);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines) expect(line).toMatch(/^NS-[0-9A-F]{8},/);

  // Change the cost of the first course. (Its cost cell has no comma in the seed, or it would be quoted.)
  const cost = `Free, and we pay your bus ${uniqueLetters()}`;
  const cells = lines[0]!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const title = cells[1]!.replace(/^"|"$/g, '');
  cells[12] = `"${cost}"`;
  await uploadFile(page, 'your-courses.csv', [cells.join(','), ...lines.slice(1)]);
  await expect(page.getByRole('heading', { level: 2, name: 'To add: 0 courses' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'To change: 1 course' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'courses to change' }).getByRole('row').filter({ hasText: title })).toContainText('cost');
  await page.getByRole('button', { name: 'Save all courses' }).click();
  await expect(page.getByRole('status').getByText('Saved. 0 courses added and 1 changed. Young people see them now.')).toBeVisible();
  await page.goto('/provider/courses');
  await page.getByRole('list', { name: 'Your courses' }).getByRole('link', { name: title, exact: true }).first().click();
  await expect(page.getByLabel('Cost and help with money')).toHaveValue(cost);
});
