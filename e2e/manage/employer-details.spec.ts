import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { postVacancy } from './vacancy-form';

test('an employer says who they are on their vacancies, and the council can correct it; another council cannot', async ({ browser, request, baseURL }) => {
  // Three people sign in by code, on a machine shared with builds.
  test.setTimeout(240_000);
  const employerName = `Calder Cakes ${uniqueLetters()}`;
  const newName = `Calder Cakes and Bakes ${uniqueLetters()}`;
  const about = `We are a family bakery in Elland. ${uniqueLetters()}`;
  const title = `Baker's helper ${uniqueLetters(4)}`;
  const staff = await makeTestStaff(request, { role: 'employer_staff', name: `Bea ${uniqueLetters()}`, newEmployerName: employerName, newEmployerCheckedDaysAgo: 0 });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Cal ${uniqueLetters()}` });
  const otherAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Nor ${uniqueLetters()}`, laSlug: 'northvale' });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(page, staff.email, /\/employer$/);
  let vacancyAddress = '';

  await test.step('the employer posts a vacancy, then opens "About your business"', async () => {
    vacancyAddress = (await postVacancy(page, { title, summary: 'Help us bake bread and cakes.' })).address.replace('/employer', '');
    await page.goto('/employer');
    await page.getByRole('link', { name: 'About your business' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About your business' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(employerName);
    await expectNoAxeViolations(page);
  });

  await test.step('unfair words and a part postcode are refused, naming each, and what they typed is kept', async () => {
    await page.getByRole('textbox', { name: 'About your business' }).fill('A young and energetic team.');
    await page.getByRole('textbox', { name: 'Workplace postcode' }).fill('HX5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: 'Take out “young and energetic”: it may be unfair to some young people, or unsafe' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter the full postcode of the workplace, like HX1 2SP' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'About your business' })).toHaveValue('A young and energetic team.');
    await expect(page.getByRole('textbox', { name: 'Workplace postcode' })).toHaveValue('HX5');
    await expectNoAxeViolations(page);
  });

  await test.step('good words are saved, logged, and young people see them on the vacancy at once', async () => {
    await page.getByRole('textbox', { name: 'About your business' }).fill(about);
    await page.getByRole('textbox', { name: 'Workplace postcode' }).fill('hx5 0an');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved. Young people see the changes now.');
    await expect(page.getByRole('textbox', { name: 'Workplace postcode' })).toHaveValue('HX5 0AN');
    await expect(page.getByRole('list', { name: 'Recent changes' }).getByRole('listitem').first()).toContainText('Changed summary, postcode, by Bea');
    await page.screenshot({ path: test.info().outputPath('employer-details.png'), fullPage: true });
    const visitor = await (await browser.newContext({ baseURL })).newPage();
    await visitor.goto(vacancyAddress);
    const who = visitor.getByRole('region', { name: 'Who offers it' });
    await expect(who).toContainText(employerName);
    await expect(who).toContainText(about);
    await visitor.context().close();
  });

  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await test.step('the council admin corrects the name from the providers and employers page', async () => {
    await signInAsStaff(adminPage, admin.email, /\/admin$/);
    await adminPage.goto('/admin/providers');
    await adminPage.getByRole('link', { name: employerName, exact: true }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: `Change ${employerName}` })).toBeVisible();
    await expect(adminPage.getByRole('textbox', { name: 'About the employer' })).toHaveValue(about);
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('textbox', { name: 'Name' }).fill('');
    await adminPage.getByRole('button', { name: 'Save changes' }).click();
    await expect(adminPage.getByRole('alert').getByRole('link', { name: 'Enter the name of the business or organisation' })).toBeVisible();
    await adminPage.getByRole('textbox', { name: 'Name' }).fill(newName);
    await adminPage.getByRole('button', { name: 'Save changes' }).click();
    await expect(adminPage.getByRole('status')).toHaveText('Saved. Young people see the changes now.');
    await expect(adminPage.getByRole('heading', { level: 1, name: `Change ${newName}` })).toBeVisible();
    await expect(adminPage.getByRole('list', { name: 'Recent changes' }).getByRole('listitem').first()).toContainText('Changed name, by Cal');
  });

  await test.step('the employer sees who changed it, and the vacancy shows the new name', async () => {
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(newName);
    await expect(page.getByRole('list', { name: 'Recent changes' }).getByRole('listitem').first()).toContainText('Changed name, by Cal');
    await page.goto(vacancyAddress);
    await expect(page.getByRole('region', { name: 'Who offers it' })).toContainText(newName);
  });

  await test.step('another council’s admin gets not-found for this employer', async () => {
    const employerAddress = new URL(adminPage.url()).pathname;
    const otherPage = await (await browser.newContext({ baseURL })).newPage();
    await signInAsStaff(otherPage, otherAdmin.email, /\/admin$/);
    expect((await otherPage.goto(employerAddress))?.status()).toBe(404);
    await otherPage.context().close();
  });
  await adminPage.context().close();
});

test('an employer whose details are out of date says they are still correct in one click, and the council sees it', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const employerName = `Old Mill Cafe ${uniqueLetters()}`;
  const name = `Olu ${uniqueLetters()}`;
  // Last checked 200 days ago: past the 180 days after which young people stop seeing it.
  const staff = await makeTestStaff(request, { role: 'employer_staff', name, newEmployerName: employerName, newEmployerCheckedDaysAgo: 200 });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(page, staff.email, /\/employer$/);
  const day = (date: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(date);

  await page.goto('/employer/details');
  await expect(page.getByText(`Checked on ${day(new Date(Date.now() - 200 * 86_400_000))}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Checked, still correct' }).click();
  await expect(page.getByRole('status')).toHaveText('Thank you. Your details are marked as checked today.');
  await expect(page.getByText(`Checked on ${day(new Date())} by ${name}.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recent changes' }).getByRole('listitem').first()).toContainText('Checked, still correct');
  await expectNoAxeViolations(page);
  await page.context().close();
});
