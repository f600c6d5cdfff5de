import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { isoDaysFromToday } from './vacancy-form';

test('a provider adds a site and a new course, finds it in search, sees both on the change log; other providers cannot', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const staffName = `Sam ${word}`;
  const title = `Roofing ${word}`;
  const siteName = `Riverside centre ${word}`;
  let siteAddress = '';
  let courseAddress = '';

  await test.step('staff of a new provider open Your sites', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: staffName, newProviderName: `Test Trainers ${word}` });
    await signInAsStaff(page, staff.email, /\/provider$/);
    await page.getByRole('link', { name: 'Your sites' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your sites' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Your sites' }).getByRole('link', { name: 'Training centre' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a postcode that is not one, and one we cannot find, get clear messages; the typing is kept', async () => {
    await page.getByLabel('Name of the site').fill(siteName);
    await page.getByLabel('Street address').fill('1 Hope Street');
    await page.getByLabel('Town').fill('Halifax');
    await page.getByLabel('Postcode').fill('HX1');
    await page.getByRole('button', { name: 'Add the site' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: 'Enter the full postcode of the site, like HX1 2SP' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel('Name of the site')).toHaveValue(siteName);
    await expectNoAxeViolations(page);

    await page.getByLabel('Postcode').fill('ZZ9 9ZZ');
    await page.getByRole('button', { name: 'Add the site' }).click();
    await expect(summary.getByRole('link', { name: 'We cannot find that postcode. Check it and try again' })).toBeVisible();
  });

  await test.step('a good postcode adds the site', async () => {
    await page.getByLabel('Postcode').fill('hx1 2sp');
    await page.getByRole('button', { name: 'Add the site' }).click();
    await expect(page.getByRole('status').getByText('Site added. You can now choose it for a course.')).toBeVisible();
    const site = page.getByRole('list', { name: 'Your sites' }).getByRole('listitem').filter({ hasText: siteName });
    await expect(site.getByText('1 Hope Street, Halifax, HX1 2SP')).toBeVisible();
    await site.getByRole('link', { name: siteName }).click();
    await expect(page.getByRole('heading', { level: 1, name: siteName })).toBeVisible();
    siteAddress = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);
  });

  await test.step('they add a new course: the empty form is refused, then it goes live', async () => {
    await page.goto('/provider/courses');
    await page.getByRole('link', { name: 'Add a course' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a course' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add the course' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: 'Enter the name of the course' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Choose where it starts' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Name of the course').fill(title);
    await page.getByLabel('Kind of work it leads to').selectOption({ index: 1 });
    await page.getByLabel('Level', { exact: true }).selectOption('level_1');
    await page.getByRole('radio', { name: 'Full time' }).check();
    await page.getByRole('radio', { name: 'For 16 to 19 year olds' }).check();
    await page.getByLabel('What the course is, in plain words').fill(`Learn to fix roofs safely. ${word}.`);
    await page.getByRole('radio', { name: 'In a classroom or workshop' }).check();
    await page.getByLabel('How long it lasts').fill('1 year');
    await page.getByLabel('Where it starts').selectOption({ label: siteName });
    await page.getByLabel('Start date').fill(isoDaysFromToday(120));
    await page.getByLabel('Number of places').fill('12');
    await page.getByRole('button', { name: 'Add the course' }).click();
    await expect(page.getByRole('status').getByText('Course added. Young people can find it now.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    courseAddress = new URL(page.url()).pathname;
  });

  await test.step('they add a second start date at the same site', async () => {
    const form = page.getByRole('form', { name: 'Add a start date' });
    await form.getByLabel('Where it starts').selectOption({ label: siteName });
    await form.getByLabel('Start date').fill(isoDaysFromToday(300));
    await form.getByRole('button', { name: 'Add this start date' }).click();
    await expect(page.getByRole('status').getByText('Start date added. Young people see it now.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^Starts .* at ${siteName}$`) })).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  await test.step('young people find the new course in the course search', async () => {
    await page.goto(`/courses?q=${encodeURIComponent(title)}`);
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  await test.step('a site with a course starting there cannot be removed; an unused one can', async () => {
    await page.goto(siteAddress);
    await page.getByRole('button', { name: `Remove ${siteName}` }).click();
    await expect(page.getByRole('alert').getByText('You cannot remove this site yet.')).toBeVisible();
    await expect(page.getByRole('alert').getByText('2 course start dates are here.', { exact: false })).toBeVisible();
    await page.goto('/provider/sites');
    await page.getByRole('link', { name: 'Training centre' }).click();
    await page.getByRole('button', { name: 'Remove Training centre' }).click();
    await expect(page.getByRole('status').getByText('Site removed.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Training centre' })).toHaveCount(0);
  });

  await test.step('Who changed what shows the site and the course, newest first, in plain words', async () => {
    await page.goto('/provider');
    await page.getByRole('link', { name: 'Who changed what' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who changed what' })).toBeVisible();
    const changes = page.getByRole('list', { name: 'Changes' });
    await expect(changes.getByText(`${staffName} added a site: ${siteName}`)).toBeVisible();
    await expect(changes.getByText(`${staffName} added a course: ${title}`)).toBeVisible();
    await expect(changes.getByText(`${staffName} removed a site: Training centre`)).toBeVisible();
    await expect(changes.getByRole('listitem').first()).toContainText(`${staffName} removed a site: Training centre`);
    await expect(page.getByRole('navigation', { name: 'Pages of changes' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // Fewer than 25 changes: there is no second page.
    expect((await page.goto('/provider/changes?page=2'))?.status()).toBe(404);
  });

  await test.step('staff of another provider get not-found for these records, and do not see the changes', async () => {
    const other = await makeTestStaff(request, { role: 'provider_staff', name: `Other ${word}`, providerSlug: 'calder-valley-college' });
    const context = await browser.newContext({ baseURL });
    const otherPage = await context.newPage();
    await signInAsStaff(otherPage, other.email, /\/provider$/);
    expect((await otherPage.goto(siteAddress))?.status()).toBe(404);
    expect((await otherPage.goto(courseAddress))?.status()).toBe(404);
    await otherPage.goto('/provider/changes');
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Who changed what' })).toBeVisible();
    await expect(otherPage.getByText(siteName)).toHaveCount(0);
    await expect(otherPage.getByText(title)).toHaveCount(0);
    await otherPage.goto('/provider/sites');
    await expect(otherPage.getByText(siteName)).toHaveCount(0);
    await context.close();
  });
});
