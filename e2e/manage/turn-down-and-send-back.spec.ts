import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { readCodeFromOutbox } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { expectInSearch, postVacancy } from './vacancy-form';

// The council's other decisions (decision 040): turning down a new employer, sending a vacancy back for
// changes, and the check of a CHANGED vacancy. Another area's admin gets not-found for every page and action.

/** A signed-in page for a new member of staff, in a context of its own. */
async function staffPage(browser: Browser, request: APIRequestContext, options: Parameters<typeof makeTestStaff>[1], home: RegExp) {
  const staff = await makeTestStaff(request, options);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsStaff(page, staff.email, home);
  return { staff, page, context };
}

/**
 * Sends a form exactly as a browser without JavaScript would, but as someone else: the form with this button on
 * `url` as `owner` sees it (JavaScript off, so the page holds the action's own fields), with `changes`, posted
 * from `other`'s signed-in context. The response's status.
 */
async function postFormAs(other: Page, owner: Page, url: string, button: string, changes: Record<string, string> = {}): Promise<number> {
  const browser = owner.context().browser();
  if (!browser) throw new Error('No browser');
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await owner.context().storageState() });
  const page = await context.newPage();
  await page.goto(url);
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: button, exact: true }) });
  const fields = await form.evaluate((element) => Array.from(new FormData(element as HTMLFormElement), ([name, value]) => [name, String(value)]));
  await context.close();
  const origin = new URL(owner.url()).origin;
  const response = await other.context().request.post(new URL(url, origin).toString(), {
    multipart: { ...Object.fromEntries(fields), ...changes },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  return response.status();
}

/** Changes the summary of the employer's own vacancy on its page and saves it. */
async function changeSummary(page: Page, address: string, summary: string) {
  await page.goto(address);
  await page.getByLabel('What the job is, in plain words').fill(summary);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').getByText(/^Saved\./)).toBeVisible();
}

test('a live vacancy changed to flagged words waits for a check, then comes back when approved', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const title = `Tyre fitter ${word}`;
  let vacancy = { address: '', id: '' };

  await test.step('an approved employer posts a vacancy: it is live at once', async () => {
    const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Rob Test', employerSlug: 'pennine-motor-group' });
    await signInAsStaff(page, staff.email, /\/employer$/);
    vacancy = await postVacancy(page, { title, summary: 'Fit tyres and check tread. Training given.' });
    await expect(page.getByRole('status').getByText('Posted. Young people can see it now.')).toBeVisible();
    await expectInSearch(page, word, title, true);
  });

  await test.step('they change it to ask for someone young and energetic: it leaves search and waits', async () => {
    await changeSummary(page, vacancy.address, 'We want someone young and energetic. Fit tyres and check tread.');
    await expect(page.getByRole('status').getByText('Saved. The council will check it before young people can see it.')).toBeVisible();
    await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Words the council will check' }).getByText('young and energetic')).toBeVisible();
    await expectNoAxeViolations(page);
    await expectInSearch(page, word, title, false);
  });

  await test.step('the council admin approves the changed vacancy: young people find it again', async () => {
    const admin = await staffPage(browser, request, { role: 'la_admin', name: 'Calderdale Admin' }, /\/admin$/);
    await admin.page.goto('/admin/moderation');
    await admin.page.getByRole('list', { name: 'Vacancies to check' }).getByRole('link', { name: title }).click();
    await expect(admin.page.getByText('young and energetic', { exact: true })).toBeVisible();
    await admin.page.getByRole('button', { name: 'Approve this vacancy' }).click();
    await expect(admin.page.getByRole('status').getByText('Vacancy approved.')).toBeVisible();
    await admin.context.close();
    await expectInSearch(page, word, title, true);
  });
});

test('a vacancy from an employer the council has not approved still waits after a change', async ({ page, request }) => {
  test.setTimeout(180_000);
  const word = uniqueLetters(8);
  const title = `Parts runner ${word}`;
  const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Ada Test', newEmployerName: `Sowerby Spares ${word}` });
  await signInAsStaff(page, staff.email, /\/employer$/);
  const vacancy = await postVacancy(page, { title, summary: 'Take parts to the garages in town. Training given.' });
  await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
  await changeSummary(page, vacancy.address, 'Take parts to the garages in town in our van. Training given.');
  await expect(page.getByRole('status').getByText('Saved. The council will check it before young people can see it.')).toBeVisible();
  await expectInSearch(page, word, title, false);
});

test('the council turns down a new employer with a reason their staff see; another area gets not-found', async ({ page, browser, request }) => {
  test.setTimeout(300_000);
  const word = uniqueLetters(8);
  const employerName = `Luddenden Lettings ${word}`;
  const title = `Office helper ${word}`;
  const reason = 'We could not find your business. Call us on 01422 000000 to talk about it.';
  const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Lee Test', newEmployerName: employerName });
  const employerId = staff.employerId ?? '';

  await test.step('staff of the new employer post a vacancy; it waits', async () => {
    await signInAsStaff(page, staff.email, /\/employer$/);
    await postVacancy(page, { title, summary: 'Answer the phone and file papers. Training given.' });
    await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
  });

  const admin = await staffPage(browser, request, { role: 'la_admin', name: 'Calderdale Admin' }, /\/admin$/);
  const stale = await admin.context.newPage();

  await test.step('the admin opens the employer, and a reason is needed to turn it down', async () => {
    await admin.page.goto('/admin/moderation');
    await admin.page.getByRole('link', { name: `Turn down ${employerName}` }).click();
    await expect(admin.page.getByRole('heading', { level: 1, name: employerName })).toBeVisible();
    await expect(admin.page.getByText('Has signed in.')).toBeVisible();
    await expectNoAxeViolations(admin.page);
    await stale.goto(admin.page.url());
    await admin.page.getByRole('button', { name: `Turn down ${employerName}` }).click();
    await expect(admin.page.getByRole('alert').getByRole('link', { name: 'Enter a reason. The employer will see it' })).toBeVisible();
    await expect(admin.page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(admin.page);
  });

  await test.step('an admin of another area gets not-found for the page and for the action', async () => {
    const other = await staffPage(browser, request, { role: 'la_admin', name: `Otto ${word}`, newAreaName: `Otherdale ${word}` }, /\/admin$/);
    expect((await other.page.goto(`/admin/moderation/employers/${employerId}`))?.status()).toBe(404);
    const address = `/admin/moderation/employers/${employerId}`;
    expect(await postFormAs(other.page, admin.page, address, `Turn down ${employerName}`, { reason: 'Not from here' })).toBe(404);
    expect(await postFormAs(other.page, admin.page, address, `Approve ${employerName}`)).toBe(404);
    await other.context.close();
  });

  await test.step('the admin gives a reason: the employer and its vacancy leave the queue', async () => {
    await admin.page.getByLabel('Why are you turning them down?').fill(reason);
    await admin.page.getByRole('button', { name: `Turn down ${employerName}` }).click();
    await expect(admin.page.getByRole('status').getByText('Employer turned down.')).toBeVisible();
    await expect(admin.page.getByText(employerName)).toHaveCount(0);
    await expect(admin.page.getByRole('link', { name: title })).toHaveCount(0);
  });

  await test.step('approving from a page opened before is refused, with a clear message', async () => {
    await stale.getByRole('button', { name: `Approve ${employerName}` }).click();
    await expect(stale.getByRole('alert').getByText('This employer was turned down. It cannot be approved from here.')).toBeVisible();
    await expect(stale.getByText(reason)).toBeVisible();
    await expectNoAxeViolations(stale);
    await admin.context.close();
  });

  await test.step('the employer’s staff see the reason, and cannot post', async () => {
    await page.goto('/employer');
    await expect(page.getByRole('heading', { name: 'The council turned down your organisation' })).toBeVisible();
    await expect(page.getByText(reason)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/employer/vacancies');
    await expect(page.getByText(reason)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Post a vacancy' })).toHaveCount(0);
    await expect(page.getByText('The council turned down your organisation. Young people cannot see your vacancies.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/employer/vacancies/new');
    await expect(page.getByText(reason)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Post the vacancy' })).toHaveCount(0);
    await page.goto('/employer/vacancies/import');
    await expect(page.getByText(reason)).toBeVisible();
    await expect(page.getByRole('button', { name: /upload/i })).toHaveCount(0);
    await expectInSearch(page, word, title, false);
  });
});

test('the council sends a vacancy back with a reason; the employer changes it and it comes back', async ({ page, browser, request }) => {
  test.setTimeout(300_000);
  const word = uniqueLetters(8);
  const title = `Car wash helper ${word}`;
  const reason = 'Please take out “cash in hand”. Pay must go through payroll.';
  let vacancy = { address: '', id: '' };

  await test.step('an approved employer posts a vacancy paid cash in hand: it waits', async () => {
    const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Sam Test', employerSlug: 'pennine-motor-group' });
    await signInAsStaff(page, staff.email, /\/employer$/);
    vacancy = await postVacancy(page, { title, summary: 'Wash and dry cars. Paid cash in hand.' });
    await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
  });

  const admin = await staffPage(browser, request, { role: 'la_admin', name: 'Calderdale Admin' }, /\/admin$/);

  await test.step('the admin must give a reason to send it back', async () => {
    await admin.page.goto(`/admin/moderation/${vacancy.id}`);
    await expect(admin.page.getByRole('heading', { level: 2, name: 'Send it back for changes' })).toBeVisible();
    await admin.page.getByRole('button', { name: 'Send back' }).click();
    await expect(admin.page.getByRole('alert').getByRole('link', { name: 'Enter a reason. The employer will see it' })).toBeVisible();
    await expectNoAxeViolations(admin.page);
  });

  await test.step('an admin of another area gets not-found for the page and for the action', async () => {
    const other = await staffPage(browser, request, { role: 'la_admin', name: `Olga ${word}`, newAreaName: `Farvale ${word}` }, /\/admin$/);
    expect((await other.page.goto(`/admin/moderation/${vacancy.id}`))?.status()).toBe(404);
    expect(await postFormAs(other.page, admin.page, `/admin/moderation/${vacancy.id}`, 'Send back', { reason: 'Not from here' })).toBe(404);
    await other.context.close();
  });

  await test.step('the admin sends it back: it leaves the queue for the sent-back list', async () => {
    await admin.page.getByLabel('What should they change?').fill(reason);
    await admin.page.getByRole('button', { name: 'Send back' }).click();
    await expect(admin.page.getByRole('status').getByText('Vacancy sent back.')).toBeVisible();
    await expect(admin.page.getByRole('list', { name: 'Vacancies to check' }).getByRole('link', { name: title })).toHaveCount(0);
    await expect(admin.page.getByRole('list', { name: 'Sent back to the employer' }).getByRole('link', { name: title })).toBeVisible();
    await expectNoAxeViolations(admin.page);
  });

  await test.step('the employer sees it was sent back, why, and the flagged words', async () => {
    await page.goto('/employer/vacancies');
    await expect(page.getByRole('list', { name: 'Your vacancies' }).getByRole('listitem').filter({ hasText: title }).getByText('Sent back: needs changes')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(vacancy.address);
    await expect(page.getByRole('heading', { name: 'The council sent it back' })).toBeVisible();
    await expect(page.getByText(reason, { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Words the council will check' }).getByText('cash in hand')).toBeVisible();
    await expectNoAxeViolations(page);
    await expectInSearch(page, word, title, false);
  });

  await test.step('they change it: it waits for the council again, and the reason has gone', async () => {
    await changeSummary(page, vacancy.address, 'Wash and dry cars. Paid through payroll every week.');
    await expect(page.getByRole('status').getByText('Saved. The council will check it before young people can see it.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The council sent it back' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Words the council will check' })).toHaveCount(0);
    // The vacancy's own history keeps the council's reason, for both sides.
    await expect(page.getByRole('list', { name: 'Recent changes' })).toContainText(`Sent back for changes: ${reason}`);
    await admin.page.goto('/admin/moderation');
    await expect(admin.page.getByRole('list', { name: 'Vacancies to check' }).getByRole('link', { name: title })).toBeVisible();
    await admin.page.getByRole('list', { name: 'Vacancies to check' }).getByRole('link', { name: title }).click();
    await expect(admin.page.getByRole('list', { name: 'Recent changes' })).toContainText(`Sent back for changes: ${reason}`);
    await expectNoAxeViolations(admin.page);
    await admin.page.getByRole('button', { name: 'Approve this vacancy' }).click();
    await expect(admin.page.getByRole('status').getByText('Vacancy approved.')).toBeVisible();
    await admin.context.close();
    await expectInSearch(page, word, title, true);
  });
});

test('a sign-up reaches the council only once its email is proved; a taken email saves no employer', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const organisation = `Todmorden Tiles ${word}`;
  const email = `owner-${word}@todmorden.example`;
  const admin = await staffPage(browser, request, { role: 'la_admin', name: 'Calderdale Admin' }, /\/admin$/);

  await test.step('signed up but not proved: not in the queue', async () => {
    await page.goto('/employers/sign-up');
    await page.getByLabel('Name of your business or organisation').fill(organisation);
    await page.getByLabel('Postcode of your workplace').fill('HX5 0AN');
    await page.getByLabel('Your name').fill('Pat Owner');
    await page.getByLabel('Your email address').fill(email);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await admin.page.goto('/admin/moderation');
    await expect(admin.page.getByRole('list', { name: 'New employers' }).getByText(organisation)).toHaveCount(0);
  });

  await test.step('once they enter the code, the council sees them', async () => {
    await page.getByRole('textbox', { name: 'Your code' }).fill(await readCodeFromOutbox(page, email));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/employer$/);
    await admin.page.goto('/admin/moderation');
    await expect(admin.page.getByRole('list', { name: 'New employers' }).getByRole('link', { name: organisation, exact: true })).toBeVisible();
  });

  await test.step('signing up again with the same email saves no second employer', async () => {
    const again = `Hebden Hats ${word}`;
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto('/employers/sign-up');
    await other.getByLabel('Name of your business or organisation').fill(again);
    await other.getByLabel('Postcode of your workplace').fill('HX5 0AN');
    await other.getByLabel('Your name').fill('Pat Owner');
    await other.getByLabel('Your email address').fill(email);
    await other.getByRole('button', { name: 'Sign up' }).click();
    await expect(other.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await context.close();
    await admin.page.goto('/admin/providers');
    await expect(admin.page.getByText(organisation)).toBeVisible();
    await expect(admin.page.getByText(again)).toHaveCount(0);
  });
  await admin.context.close();
});
