import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { stubPushInBrowser } from '../fixtures/push';
import { signInWithEmail } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('a council admin adds provider staff, who signs in with a code; turned off, they are signed out and cannot sign in', async ({ browser, request, baseURL }) => {
  // Two people sign in by code, one of them twice, on a machine shared with builds.
  test.setTimeout(180_000);
  const adminName = `Cal ${uniqueLetters()}`;
  const admin = await makeTestStaff(request, { role: 'la_admin', name: adminName });
  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(adminPage, admin.email, /\/admin$/);
  const patName = `Pat ${uniqueLetters()}`;
  const patEmail = `pat-${uniqueLetters(8)}@test.example`;

  await test.step('the admin finds the staff accounts and filters them by role without JavaScript state', async () => {
    await adminPage.getByRole('link', { name: 'Staff accounts' }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Council admin' });
    await adminPage.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(adminPage).toHaveURL(/role=la_admin/);
    await expect(adminPage.getByRole('rowheader', { name: adminName })).toBeVisible();
    await expect(adminPage.getByRole('cell', { name: 'Course provider staff' })).toHaveCount(0);
  });

  await test.step('bad answers are explained next to each field, and nothing typed is lost', async () => {
    await adminPage.getByRole('link', { name: 'Add a staff account' }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Add a staff account' })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('button', { name: 'Add account' }).click();
    await expect(errorSummary(adminPage)).toContainText('Enter their name');
    await expect(errorSummary(adminPage)).toContainText('Enter their email address or mobile number');
    await expect(errorSummary(adminPage)).toContainText('Choose what they do');
    await expect(adminPage).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(adminPage);

    await adminPage.getByRole('textbox', { name: 'Their name' }).fill(patName);
    await adminPage.getByRole('textbox', { name: 'Their work email address' }).fill('pat@');
    await adminPage.getByRole('textbox', { name: 'Their mobile number (optional)' }).fill('01422 123456');
    await adminPage.getByRole('combobox', { name: 'What they do' }).selectOption({ label: 'Course provider staff' });
    await adminPage.getByRole('button', { name: 'Add account' }).click();
    await expect(errorSummary(adminPage)).toContainText('Enter an email address, like name@example.com');
    await expect(errorSummary(adminPage)).toContainText('Enter a UK mobile number');
    await expect(errorSummary(adminPage)).toContainText('Choose the course provider they work for');
    await expect(adminPage.getByRole('textbox', { name: 'Their name' })).toHaveValue(patName);

    // An email address someone already signs in with.
    await adminPage.getByRole('textbox', { name: 'Their work email address' }).fill(admin.email);
    await adminPage.getByRole('textbox', { name: 'Their mobile number (optional)' }).fill('');
    await adminPage.getByRole('combobox', { name: 'What they do' }).selectOption({ label: 'Course provider staff' });
    await adminPage.getByRole('combobox', { name: 'Course provider they work for' }).selectOption({ label: 'Calder Valley College' });
    await adminPage.getByRole('button', { name: 'Add account' }).click();
    await expect(errorSummary(adminPage)).toContainText('Someone already has an account with this email address');
  });

  await test.step('the admin adds them as staff of a college, and the change is logged', async () => {
    await adminPage.getByRole('textbox', { name: 'Their work email address' }).fill(patEmail);
    await adminPage.getByRole('combobox', { name: 'What they do' }).selectOption({ label: 'Course provider staff' });
    await adminPage.getByRole('combobox', { name: 'Course provider they work for' }).selectOption({ label: 'Calder Valley College' });
    await adminPage.getByRole('button', { name: 'Add account' }).click();
    await expect(adminPage.getByRole('status')).toHaveText(`Account added for ${patName}. We have sent them a message saying how to sign in.`);
    const row = adminPage.getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name: patName }) });
    await expect(row).toContainText('Course provider staff');
    await expect(row).toContainText('Calder Valley College');
    await expect(row).toContainText('Not yet');
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Added an account for ${patName}`);
  });

  const patPage = await (await browser.newContext({ baseURL })).newPage();
  await test.step('the new person is told they have an account, signs in with the emailed code and lands on the provider pages', async () => {
    await patPage.goto('/outbox');
    await expect(
      patPage.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: patEmail }).filter({ hasText: 'has made you a Next Steps account, as course provider staff' }),
    ).toHaveCount(1);
    await signInAsStaff(patPage, patEmail, /\/provider$/);
  });

  await test.step('the admin turns the account off, and the person is signed out at once', async () => {
    await adminPage.getByRole('link', { name: patName }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: patName })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('button', { name: `Turn off ${patName}’s account` }).click();
    await expect(adminPage.getByRole('status')).toHaveText(`${patName}’s account is turned off. They have been signed out.`);
    await expect(adminPage.getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name: patName }) })).toContainText('Turned off');
    await patPage.goto('/provider');
    await expect(patPage).toHaveURL(/\/sign-in/);
  });

  await test.step('a right code no longer signs them in', async () => {
    await signInWithEmail(patPage, patEmail);
    await expect(patPage.getByText('This account has been turned off.')).toBeVisible();
    await patPage.goto('/provider');
    await expect(patPage).toHaveURL(/\/sign-in/);
  });

  await test.step('another council’s admin cannot open or change the account', async () => {
    const patUrl = await adminPage.getByRole('link', { name: patName }).getAttribute('href');
    const patId = patUrl?.split('/').pop() ?? '';
    const northvaleAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Nell ${uniqueLetters()}`, laSlug: 'northvale' });
    const northvaleStaff = await makeTestStaff(request, { role: 'adviser', name: `Noor ${uniqueLetters()}`, laSlug: 'northvale' });
    const otherPage = await (await browser.newContext({ baseURL })).newPage();
    await signInAsStaff(otherPage, northvaleAdmin.email, /\/admin$/);
    expect((await otherPage.goto(`/admin/accounts/${patId}`))?.status()).toBe(404);
    await otherPage.goto('/admin/accounts');
    await expect(otherPage.getByRole('rowheader', { name: patName })).toHaveCount(0);
    // The account id is a hidden field (no role): this is what a tampered form post would send.
    await otherPage.goto(`/admin/accounts/${northvaleStaff.id}`);
    await otherPage.locator('input[name="userId"]').last().evaluate((input, id) => ((input as HTMLInputElement).value = id), patId);
    await otherPage.getByRole('button', { name: /^Turn off / }).click();
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await otherPage.goto('/admin/providers');
    await expect(otherPage.getByRole('rowheader', { name: 'Calder Valley College' })).toHaveCount(0);
  });
});

test('a council admin adds a course provider, and suspends an employer so its vacancies stop showing', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Cal ${uniqueLetters()}` });
  const employerName = `Suspend Test ${uniqueLetters()} Ltd`;
  const employerStaff = await makeTestStaff(request, { role: 'employer_staff', name: `Em ${uniqueLetters()}`, newEmployerName: employerName, newEmployerCheckedDaysAgo: 0 });
  const made = await request.post('/api/test/vacancy', { data: { title: `Suspend check ${uniqueLetters()}`, employerSlug: employerStaff.employerSlug } });
  expect(made.ok()).toBe(true);
  const vacancy = (await made.json()) as { id: string; employerSlug: string };
  expect(vacancy.employerSlug).toBe(employerStaff.employerSlug);
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  const vacancyStatus = async () => (await visitor.goto(`/vacancies/${vacancy.id}`))?.status();
  expect(await vacancyStatus()).toBe(200);

  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(adminPage, admin.email, /\/admin$/);
  const providerName = `Brig ${uniqueLetters()} College`;

  await test.step('the admin adds a course provider after fixing a mistake', async () => {
    await adminPage.getByRole('link', { name: 'Providers and employers' }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Providers and employers' })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    const form = adminPage.getByRole('form', { name: 'Add a course provider' });
    await form.getByRole('textbox', { name: 'Name' }).fill(providerName);
    await form.getByRole('textbox', { name: 'Website (optional)' }).fill('not a website');
    await form.getByRole('button', { name: 'Add provider' }).click();
    await expect(errorSummary(adminPage)).toContainText('Choose what kind of provider it is');
    await expect(errorSummary(adminPage)).toContainText('Enter one line about what they offer');
    await expect(errorSummary(adminPage)).toContainText('Enter a web address, like www.example.ac.uk');
    await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue(providerName);
    await expectNoAxeViolations(adminPage);
    await form.getByRole('combobox', { name: 'What kind of provider' }).selectOption({ label: 'College' });
    await form.getByRole('textbox', { name: 'One line about what they offer' }).fill('Courses for 16 to 18 year olds');
    await form.getByRole('textbox', { name: 'Website (optional)' }).fill('www.brig.ac.uk');
    await form.getByRole('button', { name: 'Add provider' }).click();
    await expect(adminPage.getByRole('status')).toHaveText(`${providerName} added. Now add their staff on the staff accounts page.`);
    const row = adminPage.getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name: providerName }) });
    await expect(row.getByRole('cell')).toHaveText(['College', '0', '0', 'Live', `Pause ${providerName}`]);
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Added the course provider ${providerName}`);
  });

  await test.step('suspending the employer hides its vacancy from young people at once; restoring brings it back', async () => {
    await adminPage.getByRole('button', { name: `Suspend ${employerName}` }).click();
    await expect(adminPage.getByRole('status')).toHaveText(`${employerName} is suspended. Young people cannot see their vacancies.`);
    const row = adminPage.getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name: employerName }) });
    await expect(row).toContainText('Suspended');
    expect(await vacancyStatus()).toBe(404);
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('button', { name: `Restore ${employerName}` }).click();
    await expect(adminPage.getByRole('status')).toHaveText(`${employerName} is restored. Young people can see their vacancies again.`);
    expect(await vacancyStatus()).toBe(200);
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Suspended ${employerName}`);
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Restored ${employerName}`);
  });

  await test.step('another council’s admin cannot suspend the employer by editing the form', async () => {
    const northvaleAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Nell ${uniqueLetters()}`, laSlug: 'northvale' });
    // An approved employer of Northvale's own, so its admin has a suspend form to tamper with.
    await makeTestStaff(request, { role: 'employer_staff', name: `Ned ${uniqueLetters()}`, laSlug: 'northvale', newEmployerName: `Northvale ${uniqueLetters()} Ltd`, newEmployerCheckedDaysAgo: 0 });
    const otherPage = await (await browser.newContext({ baseURL })).newPage();
    await signInAsStaff(otherPage, northvaleAdmin.email, /\/admin$/);
    await otherPage.goto('/admin/providers');
    await expect(otherPage.getByRole('rowheader', { name: employerName })).toHaveCount(0);
    const employerId = await adminPage.locator('input[name="employerId"]').evaluateAll(
      (inputs, name) => (inputs as HTMLInputElement[]).find((input) => input.closest('tr')?.textContent?.includes(name))?.value ?? '',
      employerName,
    );
    await otherPage.locator('input[name="employerId"]').first().evaluate((input, id) => ((input as HTMLInputElement).value = id), employerId);
    await otherPage.getByRole('button', { name: /^(Suspend|Restore) / }).first().click();
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(await vacancyStatus()).toBe(200);
  });
});

test('a council admin adds an adviser at a centre of their own area, who can then turn on kiosk alerts there; another area’s centre is refused', async ({ browser, request, baseURL }) => {
  test.setTimeout(180_000);
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Cal ${uniqueLetters()}` });
  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(adminPage, admin.email, /\/admin$/);
  const advName = `Ada ${uniqueLetters()}`;
  const advEmail = `ada-${uniqueLetters(8)}@test.example`;
  const advRow = () => adminPage.getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name: advName }) });

  // Northvale's centre id, as a tampered form would send it.
  const northvaleAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Nell ${uniqueLetters()}`, laSlug: 'northvale' });
  const otherPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(otherPage, northvaleAdmin.email, /\/admin$/);
  await otherPage.goto('/admin/accounts/new');
  const northvaleOption = otherPage.getByRole('combobox', { name: 'Centre they work at' }).locator('option', { hasText: 'Northvale Youth Hub' });
  const northvaleCentreId = (await northvaleOption.getAttribute('value')) ?? '';
  expect(northvaleCentreId).not.toBe('');

  await test.step('the admin can choose only their own area’s centres; another area’s centre is refused and nothing is saved', async () => {
    await adminPage.goto('/admin/accounts/new');
    const centre = adminPage.getByRole('combobox', { name: 'Centre they work at' });
    await expect(centre.locator('option', { hasText: 'Halifax Youth Hub' })).toHaveCount(1);
    await expect(centre.locator('option', { hasText: 'Todmorden Youth Centre' })).toHaveCount(1);
    await expect(centre.locator('option', { hasText: 'Northvale' })).toHaveCount(0);
    await adminPage.getByRole('textbox', { name: 'Their name' }).fill(advName);
    await adminPage.getByRole('textbox', { name: 'Their work email address' }).fill(advEmail);
    await adminPage.getByRole('combobox', { name: 'What they do' }).selectOption({ label: 'Personal adviser' });
    await centre.evaluate((select, id) => {
      const option = (select as HTMLSelectElement).options[1]!;
      option.value = id;
      (select as HTMLSelectElement).value = id;
    }, northvaleCentreId);
    await adminPage.getByRole('button', { name: 'Add account' }).click();
    await expect(errorSummary(adminPage)).toContainText('Choose a centre in your area');
    await expect(adminPage.getByRole('textbox', { name: 'Their name' })).toHaveValue(advName);
    await adminPage.goto('/admin/accounts');
    await expect(adminPage.getByRole('rowheader', { name: advName })).toHaveCount(0);
  });

  await test.step('the admin adds the adviser at Halifax Youth Hub, and the change is logged', async () => {
    await adminPage.goto('/admin/accounts/new');
    await adminPage.getByRole('textbox', { name: 'Their name' }).fill(advName);
    await adminPage.getByRole('textbox', { name: 'Their work email address' }).fill(advEmail);
    await adminPage.getByRole('combobox', { name: 'What they do' }).selectOption({ label: 'Personal adviser' });
    await adminPage.getByRole('combobox', { name: 'Centre they work at' }).selectOption({ label: 'Halifax Youth Hub' });
    await expectNoAxeViolations(adminPage);
    await adminPage.screenshot({ path: '/tmp/accounts-new-centre.png', fullPage: true });
    await adminPage.getByRole('button', { name: 'Add account' }).click();
    await expect(adminPage.getByRole('status')).toHaveText(`Account added for ${advName}. We have sent them a message saying how to sign in.`);
    await expect(advRow()).toContainText('Personal adviser');
    await expect(advRow()).toContainText('Halifax Youth Hub');
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Added an account for ${advName}`);
  });

  await test.step('the new adviser signs in and can turn on kiosk alerts for their centre', async () => {
    const context = await browser.newContext({ baseURL });
    const advPage = await context.newPage();
    await stubPushInBrowser(advPage);
    await signInAsStaff(advPage, advEmail, /\/adviser/);
    const alerts = advPage.getByRole('region', { name: 'Kiosk alerts' });
    await expect(alerts.getByRole('status')).toHaveText('Kiosk alerts are off for this computer.');
    await alerts.getByRole('button', { name: 'Turn on kiosk alerts' }).click();
    await expect(alerts.getByRole('status')).toHaveText('Kiosk alerts are on for this computer until you sign out.');
    await context.close();
  });

  await test.step('the admin moves them to another centre on their account page; another area’s centre is refused', async () => {
    await adminPage.getByRole('link', { name: advName }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: advName })).toBeVisible();
    await expect(adminPage.getByRole('definition').filter({ hasText: 'Halifax Youth Hub' })).toBeVisible();
    const centre = adminPage.getByRole('combobox', { name: 'Centre they work at' });
    await expect(centre).toHaveValue(/.+/);
    await centre.evaluate((select, id) => {
      const option = (select as HTMLSelectElement).options[2]!;
      option.value = id;
      (select as HTMLSelectElement).value = id;
    }, northvaleCentreId);
    await adminPage.getByRole('button', { name: 'Save what they do' }).click();
    await expect(errorSummary(adminPage)).toContainText('Choose a centre in your area.');
    await adminPage.reload();
    await expect(adminPage.getByRole('definition').filter({ hasText: 'Halifax Youth Hub' })).toBeVisible();

    await adminPage.getByRole('combobox', { name: 'Centre they work at' }).selectOption({ label: 'Todmorden Youth Centre' });
    await adminPage.getByRole('button', { name: 'Save what they do' }).click();
    await expect(adminPage).toHaveURL(/what=role/);
    await expect(advRow()).toContainText('Todmorden Youth Centre');
    await expect(advRow()).not.toContainText('Halifax Youth Hub');
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Changed what ${advName} does`);
    await adminPage.getByRole('link', { name: advName }).click();
    await expect(adminPage.getByRole('definition').filter({ hasText: 'Todmorden Youth Centre' })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await adminPage.screenshot({ path: '/tmp/accounts-id-centre.png', fullPage: true });
  });
});

test('the only council admin of an area cannot turn themselves off; once there is a second admin, they can', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  // A new area with exactly one admin: the demo areas have several.
  const adminName = `Solo ${uniqueLetters()}`;
  const admin = await makeTestStaff(request, { role: 'la_admin', name: adminName, newAreaName: `Oneshire ${uniqueLetters()}` });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(page, admin.email, /\/admin$/);

  await test.step('turning themselves off is refused with a clear message, and the account stays on', async () => {
    await page.goto(`/admin/accounts/${admin.id}`);
    await expect(page.getByRole('heading', { level: 1, name: adminName })).toBeVisible();
    await page.getByRole('button', { name: `Turn off ${adminName}’s account` }).click();
    await expect(errorSummary(page)).toContainText('This is the last council admin account in your area. Add another council admin first');
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/accounts-last-admin.png', fullPage: true });
    await page.reload();
    await expect(page.getByRole('definition').filter({ hasText: /^On$/ })).toBeVisible();
    await page.goto('/admin/accounts');
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: adminName }) })).toContainText('On');
  });

  await test.step('with a second council admin added, they can turn themselves off, and are signed out', async () => {
    const secondName = `Duo ${uniqueLetters()}`;
    await page.goto('/admin/accounts/new');
    await page.getByRole('textbox', { name: 'Their name' }).fill(secondName);
    await page.getByRole('textbox', { name: 'Their work email address' }).fill(`duo-${uniqueLetters(8)}@test.example`);
    await page.getByRole('combobox', { name: 'What they do' }).selectOption({ label: 'Council admin' });
    await page.getByRole('button', { name: 'Add account' }).click();
    await expect(page.getByRole('status')).toHaveText(`Account added for ${secondName}. We have sent them a message saying how to sign in.`);

    await page.goto(`/admin/accounts/${admin.id}`);
    await page.getByRole('button', { name: `Turn off ${adminName}’s account` }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/admin/accounts');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
