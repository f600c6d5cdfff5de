import { randomUUID } from 'node:crypto';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { tamper } from '../fixtures/hostile-forms';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { expectInSearch, isoDaysFromToday } from './vacancy-form';

test('a provider posts a training place, changes it, closes it, opens it again and says it is still correct; other providers cannot open it', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const word = uniqueLetters(8);
  const title = `Bricklaying taster ${word}`;
  let vacancyAddress = '';

  await test.step('staff of a new provider in an area of its own open Your vacancies', async () => {
    const staff = await makeTestStaff(request, {
      role: 'provider_staff',
      name: `Pat ${word}`,
      newAreaName: `Testdale ${word}`,
      newProviderName: `Testdale Trainers ${word}`,
    });
    await signInAsStaff(page, staff.email, /\/provider$/);
    await page.getByRole('link', { name: 'Your vacancies' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your vacancies' })).toBeVisible();
    await expect(page.getByText('You have no vacancies yet.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Post a vacancy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Post a vacancy' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('an empty form is refused, naming the fields', async () => {
    await page.getByRole('button', { name: 'Post the vacancy' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter the job title' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Choose the kind of work from the pictures' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
  });

  await test.step('a kind of work that is not on the list (a changed page) is refused by the pictures, not a server error', async () => {
    await page.getByLabel('Job title').fill(title);
    await expect(page.getByRole('radio', { name: /^Training place/ })).toBeChecked();
    await page.getByLabel('What the job is, in plain words').fill('Try laying bricks for two weeks. We pay your bus fare and lunch.');
    await page.getByLabel('Pay in pounds').fill('30');
    await page.getByLabel('Hours a week').fill('16');
    await page.getByLabel('Postcode of the workplace').fill('hx5 0an');
    await page.getByLabel('Town or village').fill('Elland');
    await page.getByLabel('Closing date').fill(isoDaysFromToday(30));
    await tamper(page.getByRole('radio', { name: 'Building trades' }), randomUUID());
    await page.getByRole('button', { name: 'Post the vacancy' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Choose the kind of work from the pictures' })).toBeVisible();
    await expect(page.getByLabel('Job title')).toHaveValue(title);
  });

  await test.step('with a real kind of work it is posted, and young people in the area find it at once', async () => {
    await page.reload();
    await page.getByLabel('Job title').fill(title);
    await page.getByLabel('What the job is, in plain words').fill('Try laying bricks for two weeks. We pay your bus fare and lunch.');
    await page.getByRole('radio', { name: 'Building trades' }).check();
    await page.getByLabel('Pay in pounds').fill('30');
    await page.getByLabel('Hours a week').fill('16');
    await page.getByLabel('Postcode of the workplace').fill('hx5 0an');
    await page.getByLabel('Town or village').fill('Elland');
    await page.getByLabel('Closing date').fill(isoDaysFromToday(30));
    await page.getByLabel('Number of places').fill('6');
    await page.getByRole('button', { name: 'Post the vacancy' }).click();
    await expect(page.getByRole('status').getByText('Posted. Young people can see it now.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveURL(/\/provider\/vacancies\/[0-9a-f-]{36}(\?|$)/);
    vacancyAddress = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('provider-vacancy.png'), fullPage: true });
    // Signed-in staff see their own area's search: the new area's, where only this provider offers anything.
    await expectInSearch(page, word, title, true);
    await page.getByRole('link', { name: new RegExp(title) }).click();
    await expect(page.getByText(`Testdale Trainers ${word}`).first()).toBeVisible();
  });

  await test.step('they change the number of places; words the council must check hide it until then', async () => {
    await page.goto(vacancyAddress);
    await page.getByLabel('Number of places').fill('8');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').getByText('Saved. Young people see the changes now.')).toBeVisible();
    await expect(page.getByLabel('Number of places')).toHaveValue('8');

    await page.getByLabel('What the job is, in plain words').fill('Try laying bricks for two weeks. Cash in hand.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').getByText('Saved. The council will check it before young people can see it.')).toBeVisible();
    await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
    await expectInSearch(page, word, title, false);

    await page.goto(vacancyAddress);
    await page.getByLabel('What the job is, in plain words').fill('Try laying bricks for two weeks. We pay your bus fare and lunch.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').getByText('Saved. Young people see the changes now.')).toBeVisible();
    await expectInSearch(page, word, title, true);
  });

  await test.step('closed, it leaves the search; open again, it comes back', async () => {
    await page.goto(vacancyAddress);
    await page.getByRole('button', { name: 'Close it: no more applications' }).click();
    await expect(page.getByRole('status').getByText('Closed. Young people can no longer apply.')).toBeVisible();
    await expect(page.getByText('Status: Closed')).toBeVisible();
    await expectInSearch(page, word, title, false);
    await page.goto(vacancyAddress);
    await page.getByRole('button', { name: 'Open it again' }).click();
    await expect(page.getByRole('status').getByText('Open again. Young people can apply.')).toBeVisible();
    await expectInSearch(page, word, title, true);
  });

  await test.step('"checked, still correct"; the list shows its state and the change log names the vacancy', async () => {
    await page.goto(vacancyAddress);
    await page.getByRole('button', { name: 'Checked, still correct' }).click();
    await expect(page.getByRole('status').getByText('Thank you. The vacancy is marked as checked today.')).toBeVisible();
    await page.goto('/provider/vacancies');
    const item = page.getByRole('list', { name: 'Your vacancies' }).getByRole('listitem').filter({ hasText: title });
    await expect(item.getByText(/^Open for applications/)).toBeVisible();
    await expect(item.getByText(/^Checked on /)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/provider/changes');
    const changes = page.getByRole('list', { name: 'Changes' });
    await expect(changes.getByText(`Pat ${word} posted a vacancy: ${title}`)).toBeVisible();
    await expect(changes.getByText(`Pat ${word} changed the number of places of ${title}`)).toBeVisible();
    await expect(changes.getByText(`Pat ${word} changed the status of ${title}`).first()).toBeVisible();
  });

  await test.step('staff at another provider, and employer staff, get not-found for it', async () => {
    const other = await makeTestStaff(request, { role: 'provider_staff', name: `Other ${word}`, newProviderName: `Other Trainers ${word}` });
    const context = await browser.newContext();
    const otherPage = await context.newPage();
    await signInAsStaff(otherPage, other.email, /\/provider$/);
    expect((await otherPage.goto(vacancyAddress))?.status()).toBe(404);
    await otherPage.goto('/provider/vacancies');
    await expect(otherPage.getByText('You have no vacancies yet.')).toBeVisible();
    await context.close();

    const employer = await makeTestStaff(request, { role: 'employer_staff', name: `Emma ${word}`, employerSlug: 'pennine-motor-group' });
    const employerContext = await browser.newContext();
    const employerPage = await employerContext.newPage();
    await signInAsStaff(employerPage, employer.email, /\/employer$/);
    expect((await employerPage.goto(vacancyAddress.replace('/provider/', '/employer/')))?.status()).toBe(404);
    await employerContext.close();
  });
});

test('a provider’s vacancy with words that may be unfair waits in the council’s queue under the provider’s name', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const title = `Warehouse taster ${word}`;
  const providerName = `Calder Trainers ${word}`;
  let vacancyId = '';

  await test.step('a provider posts a training place asking for someone young and energetic', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: `Pat ${word}`, newProviderName: providerName });
    await signInAsStaff(page, staff.email, /\/provider$/);
    await page.goto('/provider/vacancies/new');
    await page.getByLabel('Job title').fill(title);
    await page.getByRole('radio', { name: 'Building trades' }).check();
    await page.getByLabel('What the job is, in plain words').fill('We want someone young and energetic for two weeks.');
    await page.getByLabel('Pay in pounds').fill('30');
    await page.getByLabel('Hours a week').fill('16');
    await page.getByLabel('Postcode of the workplace').fill('HX5 0AN');
    await page.getByLabel('Town or village').fill('Elland');
    await page.getByLabel('Closing date').fill(isoDaysFromToday(30));
    await page.getByRole('button', { name: 'Post the vacancy' }).click();
    await expect(page.getByRole('status').getByText('Saved. The council will check it before young people can see it.')).toBeVisible();
    await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
    vacancyId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expectInSearch(page, word, title, false);
  });

  await test.step('the council admin finds it in the queue by the provider’s name and approves it; young people find it', async () => {
    const admin = await makeTestStaff(request, { role: 'la_admin', name: `Ada ${word}` });
    const context = await browser.newContext();
    const adminPage = await context.newPage();
    await signInAsStaff(adminPage, admin.email, /\/admin$/);
    await adminPage.goto('/admin/moderation');
    const item = adminPage.getByRole('list', { name: 'Vacancies to check' }).getByRole('listitem').filter({ hasText: title });
    await expect(item.getByText(providerName)).toBeVisible();
    await expect(item.getByText('The employer is not approved yet.')).toHaveCount(0);
    await item.getByRole('link', { name: title }).click();
    await expect(adminPage).toHaveURL(new RegExp(`/admin/moderation/${vacancyId}$`));
    await expect(adminPage.getByText('young and energetic', { exact: true })).toBeVisible();
    await expect(adminPage.getByText(providerName)).toBeVisible();
    await expect(adminPage.getByRole('button', { name: /^Approve Calder Trainers/ })).toHaveCount(0);
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('button', { name: 'Approve this vacancy' }).click();
    await expect(adminPage.getByRole('status').getByText('Vacancy approved.')).toBeVisible();
    await context.close();
    await expectInSearch(page, word, title, true);
  });
});
