import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { isoDaysFromToday } from './vacancy-form';

test('a council admin pauses a provider: its course and page vanish, its staff see why; restoring brings them back; another area cannot', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  // Three people sign in by code, on a machine shared with builds.
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const providerName = `Pause Trainers ${word}`;
  const title = `Plastering ${word}`;
  const adminName = `Ada ${word}`;
  const staff = await makeTestStaff(request, { role: 'provider_staff', name: `Pip ${word}`, newProviderName: providerName });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: adminName });
  const staffContext = await browser.newContext({ baseURL });
  const staffPage = await staffContext.newPage();
  // A young person saves the course while it is listed.
  const youngContext = await browser.newContext({ baseURL });
  const young = await youngContext.newPage();
  let courseAddress = '';
  let adminAddress = '';

  await test.step('the provider adds a course and young people can find it', async () => {
    await signInAsStaff(staffPage, staff.email, /\/provider$/);
    await expect(staffPage.getByTestId('provider-paused')).toHaveCount(0);
    await staffPage.goto('/provider/courses');
    await staffPage.getByRole('link', { name: 'Add a course' }).click();
    await staffPage.getByLabel('Name of the course').fill(title);
    await staffPage.getByLabel('Kind of work it leads to').selectOption({ index: 1 });
    await staffPage.getByLabel('Level', { exact: true }).selectOption('level_1');
    await staffPage.getByRole('radio', { name: 'Full time' }).check();
    await staffPage.getByRole('radio', { name: 'For 16 to 19 year olds' }).check();
    await staffPage.getByLabel('What the course is, in plain words').fill(`Learn to plaster walls. ${word}.`);
    await staffPage.getByRole('radio', { name: 'In a classroom or workshop' }).check();
    await staffPage.getByLabel('How long it lasts').fill('1 year');
    await staffPage.getByLabel('Where it starts').selectOption({ label: 'Training centre' });
    await staffPage.getByLabel('Start date').fill(isoDaysFromToday(120));
    await staffPage.getByLabel('Number of places').fill('12');
    await staffPage.getByRole('button', { name: 'Add the course' }).click();
    await expect(staffPage.getByRole('status').getByText('Course added. Young people can find it now.')).toBeVisible();

    await page.goto(`/courses?q=${encodeURIComponent(title)}`);
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    courseAddress = new URL(page.url()).pathname;
    expect(courseAddress).toMatch(/^\/courses\/[a-z0-9-]+$/);

    await young.goto(courseAddress);
    await young.getByRole('link', { name: 'Sign in to save this course' }).click();
    await makeNewYoungPersonAccount(young, 'Mo');
    await young.getByRole('button', { name: 'Save this course' }).click();
    await expect(young.getByRole('status')).toHaveText('Saved. You can find it on your page.');
  });

  await test.step('the admin pauses the provider from the list; the list says Paused and the change is logged', async () => {
    await signInAsStaff(page, admin.email, /\/admin$/);
    await page.goto('/admin/providers');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: providerName }) });
    await expect(row.getByRole('cell', { name: 'Live' })).toBeVisible();
    await row.getByRole('button', { name: `Pause ${providerName}` }).click();
    await expect(page.getByRole('status')).toContainText(`${providerName} is paused. Young people cannot see their page, courses`);
    await expect(row.getByRole('cell', { name: 'Paused' })).toBeVisible();
    await expect(row.getByRole('button', { name: `Restore ${providerName}` })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Recent changes' })).toContainText(`Paused ${providerName}, by ${adminName}`);
    await expectNoAxeViolations(page, { bestPractice: true });
    await row.getByRole('link', { name: providerName }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Paused' })).toBeVisible();
    adminAddress = new URL(page.url()).pathname;
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  await test.step('young people no longer find the course, its page or the provider’s page', async () => {
    const context = await browser.newContext({ baseURL });
    const visitor = await context.newPage();
    await visitor.goto(`/courses?q=${encodeURIComponent(title)}`);
    await expect(visitor.getByRole('heading', { level: 2, name: 'No courses found' })).toBeVisible();
    await expect(visitor.getByRole('link', { name: title, exact: true })).toHaveCount(0);
    expect((await visitor.goto(courseAddress))?.status()).toBe(404);
    expect((await visitor.goto(`/providers/${staff.providerSlug}`))?.status()).toBe(404);
    await visitor.goto('/providers');
    await expect(visitor.getByText(providerName)).toHaveCount(0);
    await context.close();
  });

  await test.step('the young person who saved it still sees it on their page, marked as no longer listed, and cannot apply', async () => {
    await young.goto('/my');
    const saved = young.getByRole('list', { name: 'Courses you saved' });
    await expect(saved.getByText(`${title} at ${providerName} – this course is no longer listed`)).toBeVisible();
    await expect(saved.getByRole('link', { name: new RegExp(title) })).toHaveCount(0);
    await expectNoAxeViolations(young);
    expect((await young.goto(`/apply?course=${courseAddress.split('/').pop()}`))?.status()).toBe(404);
  });

  await test.step('the provider’s staff can still sign in and see their course, with a note on every page', async () => {
    const note = 'The council has paused your organisation. Young people cannot see your courses.';
    await staffPage.goto('/provider');
    await expect(staffPage.getByTestId('provider-paused')).toHaveText(note);
    await expectNoAxeViolations(staffPage, { bestPractice: true });
    await staffPage.goto('/provider/courses');
    await expect(staffPage.getByTestId('provider-paused')).toHaveText(note);
    await expect(staffPage.getByRole('link', { name: title })).toBeVisible();
    await expectNoAxeViolations(staffPage, { bestPractice: true });
  });

  await test.step('an admin of another area gets not-found for the provider and cannot pause or restore it', async () => {
    const other = await makeTestStaff(request, { role: 'la_admin', name: `Ole ${word}`, newAreaName: `Otherdale ${word}` });
    const context = await browser.newContext({ baseURL });
    const otherPage = await context.newPage();
    await signInAsStaff(otherPage, other.email, /\/admin$/);
    expect((await otherPage.goto(adminAddress))?.status()).toBe(404);
    await otherPage.goto('/admin/providers');
    await expect(otherPage.getByText(providerName)).toHaveCount(0);
    // Their own provider's Restore form, sent with the other area's provider id: refused, and nothing changes.
    const form = otherPage.getByRole('form', { name: 'Add a course provider' });
    await form.getByRole('textbox', { name: 'Name' }).fill(`Own College ${word}`);
    await form.getByRole('combobox', { name: 'What kind of provider' }).selectOption({ label: 'College' });
    await form.getByRole('textbox', { name: 'One line about what they offer' }).fill('Courses for 16 to 18 year olds');
    await form.getByRole('button', { name: 'Add provider' }).click();
    await expect(otherPage.getByRole('button', { name: `Pause Own College ${word}` })).toBeVisible();
    await otherPage.evaluate((providerId) => {
      const form = document.querySelector<HTMLFormElement>('form:has(input[name="providerId"])');
      if (!form) throw new Error('no pause form on the page');
      form.querySelector<HTMLInputElement>('input[name="providerId"]')!.value = providerId;
      form.querySelector<HTMLInputElement>('input[name="pause"]')!.value = 'no';
    }, adminAddress.split('/').pop()!);
    await otherPage.getByRole('button', { name: `Pause Own College ${word}` }).click();
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await context.close();
    const visitor = await browser.newContext({ baseURL });
    expect((await (await visitor.newPage()).goto(courseAddress))?.status()).toBe(404);
    await visitor.close();
  });

  await test.step('the admin restores the provider; the course and the page are back, the note is gone', async () => {
    await page.goto(adminAddress);
    await page.getByRole('button', { name: `Restore ${providerName}` }).click();
    await expect(page.getByRole('status')).toContainText(`${providerName} is restored. Young people can see their page and courses again.`);
    await expect(page.getByRole('heading', { level: 2, name: 'Pause this provider' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Recent changes' })).toContainText(`Restored ${providerName}`);

    const context = await browser.newContext({ baseURL });
    const visitor = await context.newPage();
    await visitor.goto(`/courses?q=${encodeURIComponent(title)}`);
    await visitor.getByRole('link', { name: title }).first().click();
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    expect((await visitor.goto(`/providers/${staff.providerSlug}`))?.status()).toBe(200);
    await context.close();

    await staffPage.goto('/provider');
    await expect(staffPage.getByTestId('provider-paused')).toHaveCount(0);
    await staffContext.close();

    await young.goto('/my');
    await expect(young.getByRole('list', { name: 'Courses you saved' }).getByRole('link', { name: `${title} at ${providerName}` })).toBeVisible();
    await youngContext.close();
  });
});
