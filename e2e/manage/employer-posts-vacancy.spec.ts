import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { expectInSearch, isoDaysFromToday } from './vacancy-form';

test('an approved employer posts a vacancy, changes it, closes it, fills it and opens it again', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const title = `Trainee tyre fitter ${word}`;
  let vacancyAddress = '';

  await test.step('Pennine Motor Group staff open the form to post a vacancy', async () => {
    const staff = await makeTestStaff(request, { role: 'employer_staff', name: 'Tom Test', employerSlug: 'pennine-motor-group' });
    await signInAsStaff(page, staff.email, /\/employer$/);
    await page.getByRole('link', { name: 'Your vacancies' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your vacancies' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Post a vacancy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Post a vacancy' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a closing date in the past and no kind of work are refused, naming the fields', async () => {
    await page.getByLabel('Job title').fill(title);
    await page.getByRole('radio', { name: /^Apprenticeship/ }).check();
    await page.getByLabel('What the job is, in plain words').fill('Learn to fit tyres and check brakes. Full training given.');
    await page.getByLabel('Pay in pounds').fill('6.00');
    await page.getByLabel('Hours a week').fill('37.5');
    await page.getByLabel('Postcode of the workplace').fill('hx5 0an');
    await page.getByLabel('Town or village').fill('Elland');
    await page.getByLabel('Closing date').fill(isoDaysFromToday(-1));
    await page.getByRole('button', { name: 'Post the vacancy' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Choose the kind of work from the pictures' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'The closing date must be in the future' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel('Job title')).toHaveValue(title);
    await expectNoAxeViolations(page);
  });

  await test.step('pay below the legal minimum for apprentices is refused', async () => {
    await page.getByRole('radio', { name: 'Car repair and servicing' }).check();
    await page.getByLabel('Closing date').fill(isoDaysFromToday(30));
    await page.getByRole('button', { name: 'Post the vacancy' }).click();
    await expect(
      page.getByRole('alert').getByRole('link', { name: 'The pay must be at least £8.00 an hour, the legal minimum for apprentices' }),
    ).toBeVisible();
  });

  await test.step('with good pay it is posted and young people find it at once', async () => {
    await page.getByLabel('Pay in pounds').fill('8.50');
    await page.getByLabel('Number of places').fill('2');
    await page.getByText('No experience needed').click();
    await page.getByLabel(/^Questions for people who apply/).fill('Why do you like working with cars?');
    await page.getByRole('button', { name: 'Post the vacancy' }).click();
    await expect(page.getByRole('status').getByText('Posted. Young people can see it now.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveURL(/\/employer\/vacancies\/[0-9a-f-]{36}/);
    vacancyAddress = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);
    await expectInSearch(page, word, title, true);
    await page.getByRole('link', { name: new RegExp(title) }).click();
    await expect(page.getByText('£8.50 an hour').first()).toBeVisible();
  });

  await test.step('they change the number of places', async () => {
    await page.goto(vacancyAddress);
    await page.getByLabel('Number of places').fill('3');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').getByText('Saved. Young people see the changes now.')).toBeVisible();
    await expect(page.getByLabel('Number of places')).toHaveValue('3');
    await expect(page.getByLabel(/^Questions for people who apply/)).toHaveValue('Why do you like working with cars?');
  });

  await test.step('closed, it leaves the search; filled, then open again, it comes back', async () => {
    await page.getByRole('button', { name: 'Close it: no more applications' }).click();
    await expect(page.getByRole('status').getByText('Closed. Young people can no longer apply.')).toBeVisible();
    await expectInSearch(page, word, title, false);
    await page.goto(vacancyAddress);
    await page.getByRole('button', { name: 'Mark it as filled' }).click();
    await expect(page.getByRole('status').getByText('Marked as filled.')).toBeVisible();
    await expect(page.getByText('Status: Filled')).toBeVisible();
    await page.getByRole('button', { name: 'Open it again' }).click();
    await expect(page.getByRole('status').getByText('Open again. Young people can apply.')).toBeVisible();
    await expectInSearch(page, word, title, true);
  });

  await test.step('staff at another employer get not-found for it', async () => {
    const other = await makeTestStaff(request, { role: 'employer_staff', name: 'Other Garage', employerSlug: 'elland-tyre-and-exhaust-centre' });
    const context = await browser.newContext();
    const otherPage = await context.newPage();
    await signInAsStaff(otherPage, other.email, /\/employer$/);
    expect((await otherPage.goto(vacancyAddress))?.status()).toBe(404);
    await context.close();
  });
});
