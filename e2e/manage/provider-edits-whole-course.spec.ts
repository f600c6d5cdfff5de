import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { isoDaysFromToday } from './vacancy-form';

const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());

test('a provider changes every field of an overdue course, removes a past start date, and the course counts as checked today', async ({ page, request }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const staffName = `Kim ${word}`;
  const oldTitle = `Bricklaying ${word}`;
  const newTitle = `Stonework ${word}`;
  // A brand-new provider whose one course was last checked 200 days ago: young people no longer see it.
  const staff = await makeTestStaff(request, {
    role: 'provider_staff',
    name: staffName,
    newProviderName: `Wall Trainers ${word}`,
    newProviderCourse: { title: oldTitle, checkedDaysAgo: 200 },
  });
  let courseAddress = '';

  await test.step('the course list says the course is out of date', async () => {
    await signInAsStaff(page, staff.email, /\/provider$/);
    await page.getByRole('link', { name: 'Your courses' }).click();
    const course = page.getByRole('list', { name: 'Your courses' }).getByRole('listitem').filter({ hasText: oldTitle });
    await expect(course.getByText('Out of date: young people cannot see it until you check it.', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
    await course.getByRole('link', { name: oldTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: oldTitle })).toBeVisible();
    courseAddress = new URL(page.url()).pathname;
    await expect(page.getByText('This start date has passed. Young people no longer see it.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a kind of work that is not on the list is refused by the server', async () => {
    // A browser can send any value: put one that is not a kind of work into the list, and choose it.
    await page.getByLabel('Kind of work it leads to').evaluate((select: HTMLSelectElement) => {
      select.add(new Option('Not a kind of work', '00000000-0000-4000-8000-000000000000'));
      select.value = '00000000-0000-4000-8000-000000000000';
    });
    await page.getByRole('button', { name: 'Save course' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Choose the kind of work it leads to' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
  });

  await test.step('they change the name, kind of work, level, mode, ages and apprenticeship', async () => {
    await page.goto(courseAddress);
    await page.getByLabel('Name of the course').fill(newTitle);
    const kind = page.getByLabel('Kind of work it leads to');
    const chosenKind = await kind.locator('option').nth(2).getAttribute('value');
    await kind.selectOption(chosenKind ?? '');
    await page.getByLabel('Level', { exact: true }).selectOption('level_2');
    await page.getByRole('radio', { name: 'Part time' }).check();
    await page.getByRole('radio', { name: /^For 19 to 25 year olds/ }).check();
    // The react-aria checkbox hides its input under the label: click the words, as a person does.
    await page.getByText('This is an apprenticeship').click();
    await page.getByRole('button', { name: 'Save course' }).click();
    await expect(page.getByRole('status').getByText('Saved. Young people see the changes now.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
    await expect(page.getByLabel('Kind of work it leads to')).toHaveValue(chosenKind ?? '');
    await expect(page.getByLabel('Level', { exact: true })).toHaveValue('level_2');
    await expect(page.getByRole('radio', { name: 'Part time' })).toBeChecked();
    await expect(page.getByRole('radio', { name: /^For 19 to 25 year olds/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'This is an apprenticeship' })).toBeChecked();
    // Saving a change is a check: today, by them.
    await expect(page.getByText(`Checked on ${today} by ${staffName}.`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Recent changes' }).getByText(/^Changed title, categoryId, level, mode, ageGroup, isApprenticeship, by /)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('course-edit.png'), fullPage: true });
  });

  await test.step('a start date moved into the past is refused', async () => {
    const upcoming = page.getByRole('form', { name: /^Starts / });
    await upcoming.getByLabel('Start date').fill(isoDaysFromToday(-1));
    await upcoming.getByRole('button', { name: 'Save this start date' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'The start date must be today or later' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('they remove the start date that has passed, after saying yes', async () => {
    await page.goto(courseAddress);
    const past = page.getByRole('region', { name: /^Started / });
    await past.getByRole('link', { name: 'Remove this start date' }).click();
    const confirm = page.getByRole('form', { name: /^Remove the start date / });
    await expect(confirm.getByText('Applications to this course stay as they are.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('remove-confirm.png') });
    await confirm.getByRole('button', { name: 'Yes, remove this start date' }).click();
    await expect(page.getByRole('status').getByText('Start date removed. Young people no longer see it.')).toBeVisible();
    await expect(page.getByRole('region', { name: /^Started / })).toHaveCount(0);
    await expect(page.getByRole('form', { name: /^Starts / })).toHaveCount(1);
  });

  await test.step('the course list shows it checked today and up to date; young people find it under its new name', async () => {
    await page.goto('/provider/courses');
    const course = page.getByRole('list', { name: 'Your courses' }).getByRole('listitem').filter({ hasText: newTitle });
    await expect(course.getByText(`Checked on ${today}. Up to date.`)).toBeVisible();
    await page.goto(`/courses?q=${encodeURIComponent(newTitle)}`);
    await page.getByRole('link', { name: newTitle }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
  });
});

test('without JavaScript: removing a start date asks first, and "All my courses are still correct" checks them all, logged once', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const staffName = `Lee ${word}`;
  const title = `Joinery ${word}`;
  const staff = await makeTestStaff(request, {
    role: 'provider_staff',
    name: staffName,
    newProviderName: `Wood Trainers ${word}`,
    newProviderCourse: { title, checkedDaysAgo: 120 },
  });
  await signInAsStaff(page, staff.email, /\/provider$/);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: testInfo.project.use.baseURL });
  const noScript = await context.newPage();

  await test.step('the list says the course needs checking; one click marks every course checked', async () => {
    await noScript.goto('/provider/courses');
    const course = noScript.getByRole('list', { name: 'Your courses' }).getByRole('listitem').filter({ hasText: title });
    await expect(course.getByText('Needs checking soon.', { exact: false })).toBeVisible();
    await noScript.getByRole('button', { name: 'All my courses are still correct' }).click();
    await expect(noScript.getByRole('status').getByText('Thank you. Your course is marked as checked today.')).toBeVisible();
    await expect(course.getByText(`Checked on ${today}. Up to date.`)).toBeVisible();
    // axe needs JavaScript: the same page, with the same message, in the signed-in page that has it.
    await page.goto(new URL(noScript.url()).pathname + new URL(noScript.url()).search);
    await expect(page.getByRole('status').getByText('Thank you. Your course is marked as checked today.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('courses-checked.png'), fullPage: true });
  });

  await test.step('"No, keep it" keeps the start date; "Yes" removes it', async () => {
    await noScript.getByRole('link', { name: title }).click();
    await noScript.getByRole('form', { name: /^Starts / }).getByRole('link', { name: 'Remove this start date' }).click();
    await expect(noScript.getByRole('heading', { level: 3, name: /^Remove the start date / })).toBeVisible();
    await noScript.getByRole('link', { name: 'No, keep it' }).click();
    await expect(noScript.getByRole('form', { name: /^Starts / })).toHaveCount(1);
    await noScript.getByRole('form', { name: /^Starts / }).getByRole('link', { name: 'Remove this start date' }).click();
    await noScript.getByRole('button', { name: 'Yes, remove this start date' }).click();
    await expect(noScript.getByText('Start date removed. Young people no longer see it.')).toBeVisible();
    await expect(noScript.getByRole('form', { name: /^Starts / })).toHaveCount(0);
  });

  await test.step('the change log has one line for the one-click check, and the removed start date', async () => {
    await noScript.goto('/provider/changes');
    const changes = noScript.getByRole('list', { name: 'Changes' });
    await expect(changes.getByText(`${staffName} said their only course is still correct`, { exact: false })).toHaveCount(1);
    await expect(changes.getByText(`${staffName} removed a start date`, { exact: false })).toBeVisible();
  });
  await context.close();
});
