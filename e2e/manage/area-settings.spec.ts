import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { isoDaysFromToday } from './vacancy-form';

test('a council admin changes their own area’s freshness periods; bad input is explained and kept; another area keeps its own', async ({
  browser,
  request,
  baseURL,
}) => {
  // Two people sign in by code, on a machine shared with builds.
  test.setTimeout(180_000);
  // A council area of its own, so changing its settings cannot touch any other test's area.
  const adminName = `Ada ${uniqueLetters()}`;
  const admin = await makeTestStaff(request, { role: 'la_admin', name: adminName, newAreaName: `Zedshire ${uniqueLetters()}` });
  const otherAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Nor ${uniqueLetters()}`, laSlug: 'northvale' });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(page, admin.email, /\/admin$/);
  const warn = () => page.getByRole('textbox', { name: 'Days until a record needs checking' });
  const hide = () => page.getByRole('textbox', { name: 'Days until a record is hidden' });

  await test.step('an area that never saved settings uses the standard ones', async () => {
    await expect(page.getByText('Records not checked for 90 days need checking. After 180 days young people no longer see them.')).toBeVisible();
    await page.getByRole('link', { name: 'Council settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Council settings' })).toBeVisible();
    await expect(warn()).toHaveValue('90');
    await expect(hide()).toHaveValue('180');
    await expect(page.getByText('No changes yet. Your area uses the standard settings.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('settings.png'), fullPage: true });
  });

  await test.step('hiding before needing checking is refused, with the typed values kept', async () => {
    await warn().fill('30');
    await hide().fill('20');
    await page.getByRole('button', { name: 'Save freshness periods' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    const message = 'The days until a record is hidden must be more than the days until it needs checking';
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(warn()).toHaveValue('30');
    await expect(hide()).toHaveValue('20');
    await expect(hide()).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('settings-error.png'), fullPage: true });
  });

  await test.step('words instead of a number are refused too', async () => {
    await warn().fill('soon');
    await hide().fill('60');
    await page.getByRole('button', { name: 'Save freshness periods' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Enter the days until a record needs checking, as a whole number like 90' })).toBeVisible();
    await expect(warn()).toHaveValue('soon');
  });

  await test.step('good periods are saved, said so, and logged', async () => {
    await warn().fill('30');
    await hide().fill('60');
    await page.getByRole('button', { name: 'Save freshness periods' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Freshness periods saved.' })).toBeVisible();
    await expect(warn()).toHaveValue('30');
    await expect(hide()).toHaveValue('60');
    await expect(
      page.getByRole('list', { name: 'Recent changes' }).getByText(`Freshness periods: days until needs checking 90 to 30, days until hidden 180 to 60, by ${adminName}`),
    ).toBeVisible();
  });

  await test.step('the admin home follows the new periods', async () => {
    await page.getByRole('link', { name: 'Back to council admin' }).click();
    await expect(page.getByText('Records not checked for 30 days need checking. After 60 days young people no longer see them.')).toBeVisible();
  });

  await test.step('another council’s admin still has their own, standard periods', async () => {
    const other = await (await browser.newContext({ baseURL })).newPage();
    await signInAsStaff(other, otherAdmin.email, /\/admin$/);
    await expect(other.getByText('Records not checked for 90 days need checking. After 180 days young people no longer see them.')).toBeVisible();
    await other.goto('/admin/settings');
    await expect(other.getByRole('textbox', { name: 'Days until a record needs checking' })).toHaveValue('90');
    await expect(other.getByRole('list', { name: 'Recent changes' }).getByText(adminName)).toHaveCount(0);
  });
});

test('a council’s own minimum wage rates set the lowest pay its employers can post', async ({ browser, request, baseURL }) => {
  // Two people sign in by code, on a machine shared with builds.
  test.setTimeout(180_000);
  const letters = uniqueLetters();
  const made = await request.post('/api/test/area', { data: { areaName: `Wageshire ${letters}`, courseTitle: `Wage course ${letters}` } });
  expect(made.ok()).toBe(true);
  const area = (await made.json()) as { slug: string };
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Wyn ${uniqueLetters()}`, laSlug: area.slug });
  const employer = await makeTestStaff(request, {
    role: 'employer_staff',
    name: `Em ${uniqueLetters()}`,
    laSlug: area.slug,
    newEmployerName: `Wage Works ${letters}`,
    newEmployerCheckedDaysAgo: 0,
  });

  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(adminPage, admin.email, /\/admin$/);
  await adminPage.goto('/admin/settings');
  const rates = { '21 and over (National Living Wage)': '13.00', '18 to 20': '12.80', '16 and 17': '12.50', 'Apprentice rate': '9.00' };
  for (const [label, value] of Object.entries(rates)) await adminPage.getByRole('textbox', { name: label, exact: true }).fill(value);
  await adminPage.getByRole('button', { name: 'Save minimum wage rates' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'Minimum wage rates saved.' })).toBeVisible();
  await adminPage.context().close();

  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(page, employer.email, /\/employer$/);
  await page.goto('/employer/vacancies/new');
  await page.getByLabel('Job title').fill(`Shelf filler ${letters}`);
  await page.getByRole('radio', { name: /^Job/ }).check();
  await page.getByRole('radio', { name: 'Car repair and servicing' }).check();
  await page.getByLabel('What the job is, in plain words').fill('Fill the shelves and help customers.');
  // Above the service's standard rate for 16 and 17, below this council's.
  await page.getByLabel('Pay in pounds').fill('12.00');
  await page.getByLabel('Hours a week').fill('20');
  await page.getByLabel('Postcode of the workplace').fill('HX5 0AN');
  await page.getByLabel('Town or village').fill('Elland');
  await page.getByLabel('Closing date').fill(isoDaysFromToday(21));
  await page.getByRole('button', { name: 'Post the vacancy' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('The pay must be at least £12.50 an hour, the legal minimum for 16 and 17 year olds');
  await expect(page.getByLabel('Pay in pounds')).toHaveValue('12.00');
  await expectNoAxeViolations(page);
  await page.context().close();
});
