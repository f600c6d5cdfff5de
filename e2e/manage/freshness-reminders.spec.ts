import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { randomMobile } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('the council sees who has out-of-date information and reminds them in one click, once a day', async ({ browser, request, baseURL }) => {
  // Two people sign in by code, on a machine shared with builds.
  test.setTimeout(180_000);
  const employerName = `Stale Shop ${uniqueLetters()}`;
  // An employer last checked 200 days ago: past the 180 days after which young people no longer see it.
  const staff = await makeTestStaff(request, { role: 'employer_staff', name: `Sam ${uniqueLetters()}`, newEmployerName: employerName, newEmployerCheckedDaysAgo: 200 });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Cal ${uniqueLetters()}` });
  const otherAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Nor ${uniqueLetters()}`, laSlug: 'northvale' });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(page, admin.email, /\/admin$/);
  const row = () => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(employerName) }) });

  await test.step('the admin home shows the headline figures, each with what it counts', async () => {
    for (const label of ['Vacancies open', 'Applications this month', 'Young people without an offer']) {
      await expect(page.getByRole('term').filter({ hasText: label })).toBeVisible();
    }
    await expect(page.getByText('Applications sent since the 1st of this month (UK time)', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('the freshness page lists the employer as overdue', async () => {
    await page.getByRole('link', { name: 'Who needs to check their information, and reminders' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who needs to check their information' })).toBeVisible();
    await expect(row().getByText('Overdue')).toBeVisible();
    await expect(row().getByRole('cell', { name: 'Never' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('freshness.png'), fullPage: true });
  });

  await test.step('the list can show only those with something to check', async () => {
    await page.getByRole('radio', { name: /Only those with something to check/ }).check();
    await page.getByRole('button', { name: 'Show these' }).click();
    await expect(page).toHaveURL(/show=overdue/);
    await expect(row().getByText('Overdue')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Nothing to check' })).toHaveCount(0);
  });

  const mobile = randomMobile();
  await test.step('the council adds a second member of the employer’s staff, who has a mobile and no email', async () => {
    const accounts = await page.context().newPage();
    await accounts.goto('/admin/accounts/new');
    await accounts.getByRole('textbox', { name: 'Their name' }).fill(`Kit ${uniqueLetters()}`);
    await accounts.getByRole('textbox', { name: 'Their mobile number (optional)' }).fill(mobile.typed);
    await accounts.getByRole('combobox', { name: 'What they do' }).selectOption({ label: 'Employer staff' });
    await accounts.getByRole('combobox', { name: 'Employer they work for' }).selectOption({ label: employerName });
    await accounts.getByRole('button', { name: 'Add account' }).click();
    await expect(accounts.getByRole('status')).toContainText('Account added for Kit');
    await accounts.close();
  });

  await test.step('one click emails the employer’s staff, and texts the one with only a mobile', async () => {
    await page.reload();
    await row().getByRole('button', { name: `Send a reminder to ${employerName}` }).click();
    await expect(page.getByRole('status')).toHaveText(`Reminder sent to ${employerName} (2 people).`);
    await expect(row().getByText('Reminded in the last day')).toBeVisible();
    await expect(page).toHaveURL(/show=overdue/);
    await expect(row().getByRole('button')).toHaveCount(0);
    const outbox = await page.context().newPage();
    await outbox.goto('/outbox');
    const email = outbox.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: staff.email });
    await expect(email.filter({ hasText: `of ${employerName}’s records on Next Steps need checking` })).toHaveCount(1);
    const text = outbox.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: mobile.e164 });
    await expect(text.filter({ hasText: `of ${employerName}’s records need checking` })).toHaveCount(1);
    await outbox.close();
  });

  await test.step('another council’s admin does not see it', async () => {
    const other = await (await browser.newContext({ baseURL })).newPage();
    await signInAsStaff(other, otherAdmin.email, /\/admin$/);
    await other.goto('/admin/freshness');
    await expect(other.getByRole('heading', { level: 1, name: 'Who needs to check their information' })).toBeVisible();
    await expect(other.getByRole('rowheader', { name: new RegExp(employerName) })).toHaveCount(0);
  });
});

test('the weekly job reminds an out-of-date employer by itself, in working hours, once a week', async ({ request, page }) => {
  const employerName = `Dusty Cafe ${uniqueLetters()}`;
  const staff = await makeTestStaff(request, { role: 'employer_staff', name: `Jo ${uniqueLetters()}`, newEmployerName: employerName, newEmployerCheckedDaysAgo: 200 });
  const runAt = async (now: Date) => {
    const response = await request.post('/api/test/freshness-reminders', { data: { now: now.toISOString(), kind: 'employer', id: staff.employerId } });
    expect(response.ok()).toBe(true);
    return (await response.json()) as { sent: number; people: number; outsideWorkingHours: boolean };
  };
  // The next Wednesday, at 11:00 UTC (11:00 or 12:00 in London), and the Saturday after it.
  const wednesday = new Date();
  wednesday.setUTCDate(wednesday.getUTCDate() + ((3 - wednesday.getUTCDay() + 7) % 7 || 7));
  wednesday.setUTCHours(11, 0, 0, 0);
  const saturday = new Date(wednesday.getTime() + 3 * 24 * 60 * 60 * 1000);

  await test.step('at the weekend nothing is sent', async () => {
    expect(await runAt(saturday)).toEqual({ sent: 0, people: 0, outsideWorkingHours: true });
  });
  await test.step('on a weekday the employer’s staff get the email, once', async () => {
    expect(await runAt(wednesday)).toEqual({ sent: 1, people: 1, outsideWorkingHours: false });
    expect(await runAt(new Date(wednesday.getTime() + 60 * 60 * 1000))).toEqual({ sent: 0, people: 0, outsideWorkingHours: false });
    await page.goto('/outbox');
    const email = page.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: staff.email });
    await expect(email.filter({ hasText: `of ${employerName}’s records on Next Steps need checking` })).toHaveCount(1);
  });
  await test.step('a week later, still not checked, it goes again', async () => {
    expect(await runAt(new Date(wednesday.getTime() + 7 * 24 * 60 * 60 * 1000))).toEqual({ sent: 1, people: 1, outsideWorkingHours: false });
  });
});
