import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { expectInSearch, postVacancy } from './vacancy-form';

test('a new employer’s vacancy waits until the council approves the employer', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const title = `Car valeter ${word}`;
  const employerName = `Hebden Car Care ${word}`;
  let vacancy = { address: '', id: '' };

  await test.step('staff of an employer the council has not approved post a vacancy', async () => {
    const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Nadia Test', newEmployerName: employerName });
    await signInAsStaff(page, staff.email, /\/employer$/);
    await page.goto('/employer/vacancies/new');
    await expect(page.getByText(`The council has not approved ${employerName} yet.`)).toBeVisible();
    vacancy = await postVacancy(page, { title, summary: 'Clean and polish cars, inside and out. Training given.' });
    await expect(page.getByRole('status').getByText('Saved. The council will check it before young people can see it.')).toBeVisible();
    await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
  });

  await test.step('young people cannot find it yet', async () => {
    await expectInSearch(page, word, title, false);
  });

  await test.step('an admin of another council gets not-found for it', async () => {
    const northvale = await makeTestStaff(request, { role: 'la_admin', name: 'Northvale Admin', laSlug: 'northvale' });
    const context = await browser.newContext();
    const other = await context.newPage();
    await signInAsStaff(other, northvale.email, /\/admin$/);
    expect((await other.goto(`/admin/moderation/${vacancy.id}`))?.status()).toBe(404);
    await other.goto('/admin/moderation');
    await expect(other.getByRole('heading', { level: 1, name: 'Waiting for approval' })).toBeVisible();
    await expect(other.getByText(employerName)).toHaveCount(0);
    await context.close();
  });

  await test.step('a Calderdale admin approves the employer, and the vacancy goes live', async () => {
    const admin = await makeTestStaff(request, { role: 'la_admin', name: 'Calderdale Admin' });
    const context = await browser.newContext();
    const adminPage = await context.newPage();
    await signInAsStaff(adminPage, admin.email, /\/admin$/);
    await adminPage.getByRole('link', { name: 'Employers and vacancies waiting for approval' }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Waiting for approval' })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('list', { name: 'Vacancies to check' }).getByRole('link', { name: title }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('button', { name: `Approve ${employerName}` }).click();
    await expect(adminPage.getByRole('status').getByText('Employer approved.')).toBeVisible();
    await expect(adminPage.getByRole('list', { name: 'Vacancies to check' }).getByRole('link', { name: title })).toHaveCount(0);
    await context.close();
  });

  await test.step('now young people find it', async () => {
    await expectInSearch(page, word, title, true);
  });
});

test('wording that may be unfair waits for a check, even from an approved employer', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const title = `Forecourt helper ${word}`;
  let vacancy = { address: '', id: '' };

  await test.step('an approved employer posts a vacancy asking for someone young and energetic, paid cash in hand', async () => {
    const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Tom Test', employerSlug: 'pennine-motor-group' });
    await signInAsStaff(page, staff.email, /\/employer$/);
    vacancy = await postVacancy(page, { title, summary: 'We want someone young and energetic. Paid cash in hand.' });
    await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
    await expectInSearch(page, word, title, false);
  });

  await test.step('the council admin sees the flagged words and approves this vacancy', async () => {
    const admin = await makeTestStaff(request, { role: 'la_admin', name: 'Calderdale Admin' });
    const context = await browser.newContext();
    const adminPage = await context.newPage();
    await signInAsStaff(adminPage, admin.email, /\/admin$/);
    await adminPage.goto(`/admin/moderation/${vacancy.id}`);
    await expect(adminPage.getByText('young and energetic, cash in hand')).toBeVisible();
    await adminPage.getByRole('button', { name: 'Approve this vacancy' }).click();
    await expect(adminPage.getByRole('status').getByText('Vacancy approved.')).toBeVisible();
    await context.close();
  });

  await test.step('young people find it', async () => {
    await expectInSearch(page, word, title, true);
  });
});
