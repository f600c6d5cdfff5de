import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { isoDaysFromToday } from './vacancy-form';

const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());

test('a college updates a course: young people see the change at once, checked today', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  const marker = `Updated ${uniqueLetters()}.`;
  // Each project edits a different course, so the phone and desktop runs never overwrite each other.
  const pick = testInfo.project.name === 'phone' ? 0 : 1;
  let courseAddress = '';

  await test.step('Calder Valley College staff sign in and open one of their courses', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Priya Test', providerSlug: 'calder-valley-college' });
    await signInAsStaff(page, staff.email, /\/provider$/);
    await page.getByRole('link', { name: 'Your courses' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your courses' })).toBeVisible();
    await expectNoAxeViolations(page);
    // Not the plumbing courses: other journeys rely on them (a stale one, and sample applications).
    const courses = page.getByRole('list', { name: 'Your courses' }).getByRole('link').filter({ hasNotText: /Plumbing/ });
    await courses.nth(pick).click();
    await expect(page).toHaveURL(/\/provider\/courses\/[0-9a-f-]{36}$/);
    courseAddress = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 2, name: 'Course details' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a missing summary is refused with a message naming the field', async () => {
    await page.getByLabel('What the course is, in plain words').fill('');
    await page.getByRole('button', { name: 'Save course' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter what the course is, in plain words' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
  });

  await test.step('they change the summary, the cost and the places, then say it is checked', async () => {
    await page.goto(courseAddress);
    const summaryBox = page.getByLabel('What the course is, in plain words');
    const summary = await summaryBox.inputValue();
    await summaryBox.fill(`${summary} ${marker}`);
    await page.getByLabel('Cost and help with money').fill(`Free if you are under 19. ${marker}`);
    await page.getByRole('button', { name: 'Save course' }).click();
    await expect(page.getByRole('status').getByText('Saved. Young people see the changes now.')).toBeVisible();
    await expect(page.getByLabel('What the course is, in plain words')).toHaveValue(new RegExp(marker));

    const firstRun = page.getByRole('form').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
    await firstRun.getByLabel('Number of places').fill('17');
    await firstRun.getByRole('button', { name: 'Save this start date' }).click();
    await expect(page.getByRole('status').getByText('Start date saved. Young people see it now.')).toBeVisible();

    await page.getByRole('button', { name: 'Checked, still correct' }).click();
    await expect(page.getByRole('status').getByText('The course is marked as checked today.')).toBeVisible();
    await expect(page.getByText(`Checked on ${today} by Priya Test.`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Recent changes' }).getByText(/^Checked, still correct, by Priya Test/)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Recent changes' }).getByText(/^Changed summary, cost, by Priya Test/)).toBeVisible();
  });

  await test.step('the public course page shows the change and when it was checked', async () => {
    await page.getByRole('link', { name: 'See the public course page' }).click();
    await expect(page.getByText(marker).first()).toBeVisible();
    await expect(page.getByText(`Checked by Calder Valley College on ${today}`)).toBeVisible();
    await expect(page.getByText('17 places').first()).toBeVisible();
  });
});

test('a college changes its profile and open days, and says it is still correct', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  // A different provider per project, so phone and desktop runs never change the same profile at once.
  const providerSlug = testInfo.project.name === 'phone' ? 'pennine-sixth-form-college' : 'aspire-skills-halifax';
  const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Omar Test', providerSlug });
  await signInAsStaff(page, staff.email, /\/provider$/);
  await page.getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Your profile/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Mobile number young people can text').fill('12345');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Enter a UK mobile number, like 07700 900 123' })).toBeVisible();

  const help = `Quiet room and a learning mentor ${uniqueLetters()}.`;
  await page.getByLabel('Mobile number young people can text').fill('07700 900 555');
  await page.getByLabel('Help for learners with additional needs').fill(help);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').getByText('Saved. Young people see the changes now.')).toBeVisible();
  // Saving the profile already counts as checked today (decision 036 addendum), so wait for the button's own
  // message: otherwise its page load could wipe the open-day form being filled in below.
  await expect(page.getByText(`Checked on ${today} by Omar Test.`)).toBeVisible();
  await page.getByRole('button', { name: 'Checked, still correct' }).click();
  await expect(page.getByRole('status').getByText('Thank you. Your profile is marked as checked today.')).toBeVisible();

  const openDay = `Taster morning ${uniqueLetters()}`;
  const addForm = page.getByRole('form', { name: 'Add an open day' });
  await addForm.getByLabel('Date').fill(isoDaysFromToday(40));
  await addForm.getByLabel('Starts at').fill('13:00');
  await addForm.getByLabel('Ends at').fill('10:00');
  await addForm.getByRole('button', { name: 'Add open day' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'The end time must be after the start time' })).toBeVisible();
  await addForm.getByLabel('Ends at').fill('15:00');
  await addForm.getByLabel('What happens (optional)').fill(openDay);
  await addForm.getByRole('button', { name: 'Add open day' }).click();
  await expect(page.getByRole('status').getByText('Open day added. Young people can see it now.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your open days' }).getByText(openDay)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'See your public page' }).click();
  await expect(page.getByText(help)).toBeVisible();
  await expect(page.getByText(openDay)).toBeVisible();
});

test('college staff get not-found for another provider’s course', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  let otherCourse = '';
  await test.step('staff at another college find one of their own courses', async () => {
    const other = await makeTestStaff(request, { role: 'provider_staff', name: 'Other College', providerSlug: 'upper-calder-college' });
    const context = await browser.newContext();
    const otherPage = await context.newPage();
    await signInAsStaff(otherPage, other.email, /\/provider$/);
    await otherPage.goto('/provider/courses');
    await otherPage.getByRole('list', { name: 'Your courses' }).getByRole('link').first().click();
    await expect(otherPage).toHaveURL(/\/provider\/courses\/[0-9a-f-]{36}$/);
    otherCourse = new URL(otherPage.url()).pathname;
    expect(otherCourse).toMatch(/^\/provider\/courses\/[0-9a-f-]{36}$/);
    await context.close();
  });

  await test.step('Calder Valley College staff cannot open it', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Priya Test', providerSlug: 'calder-valley-college' });
    await signInAsStaff(page, staff.email, /\/provider$/);
    expect((await page.goto(otherCourse))?.status()).toBe(404);
    expect((await page.goto('/provider/courses/not-a-course'))?.status()).toBe(404);
  });
});

test('without JavaScript, a college changes a course and marks it checked', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(240_000);
  // A different provider per project, so phone and desktop runs never change the same course at once.
  const providerSlug = testInfo.project.name === 'phone' ? 'shear-talent-hair-academy' : 'digital-calder';
  const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Jo Test', providerSlug });
  await signInAsStaff(page, staff.email, /\/provider$/);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: testInfo.project.use.baseURL });
  const noScript = await context.newPage();
  await noScript.goto('/provider/courses');
  await noScript.getByRole('list', { name: 'Your courses' }).getByRole('link').first().click();
  await expect(noScript.getByRole('heading', { level: 2, name: 'Course details' })).toBeVisible();
  const cost = `Free. Help with bus fares ${uniqueLetters()}.`;
  await noScript.getByLabel('Cost and help with money').fill(cost);
  await noScript.getByRole('button', { name: 'Save course' }).click();
  await expect(noScript.getByText('Saved. Young people see the changes now.')).toBeVisible();
  await expect(noScript.getByLabel('Cost and help with money')).toHaveValue(cost);
  await noScript.getByRole('button', { name: 'Checked, still correct' }).click();
  await expect(noScript.getByText(`Checked on ${today} by Jo Test.`)).toBeVisible();
  await context.close();
});
