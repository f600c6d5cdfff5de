import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
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

  await test.step('one click emails the employer’s staff', async () => {
    await row().getByRole('button', { name: `Send a reminder to ${employerName}` }).click();
    await expect(page.getByRole('status')).toHaveText(`Reminder sent to ${employerName} (1 person).`);
    await expect(row().getByText('Reminded in the last day')).toBeVisible();
    await expect(row().getByRole('button')).toHaveCount(0);
    const outbox = await page.context().newPage();
    await outbox.goto('/outbox');
    const email = outbox.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: staff.email });
    await expect(email.filter({ hasText: `of ${employerName}’s records on Next Steps need checking` })).toHaveCount(1);
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
