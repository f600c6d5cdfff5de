import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { fillApplicationProfile, signInAsStaff, year11DateOfBirth } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { makeTestStaff } from '../fixtures/staff';

test('the college makes an offer, the young person accepts, and their September panel shows it', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  const firstName = `Rhys${Math.floor(Math.random() * 1e6)}`;

  await test.step('a Year 11 young person applies to a college course', async () => {
    await page.goto('/apply?course=plumbing-level-1-calder-valley-college');
    await makeNewYoungPersonAccount(page, firstName);
    await page.getByRole('button', { name: 'Start my application' }).click();
    await fillApplicationProfile(page, { dateOfBirth: year11DateOfBirth() });
    await page.getByRole('link', { name: 'Check and send' }).click();
    await page.getByRole('button', { name: 'Send my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  });

  await test.step('before any offer, their page says they have applied but have no offer yet', async () => {
    await page.goto('/my');
    const panel = page.getByRole('region', { name: 'My September offer' });
    await expect(panel).toContainText('Year 11');
    await expect(panel).toContainText('No offer yet');
    await expectNoAxeViolations(page);
  });

  const staff = await browser.newContext();
  const staffPage = await staff.newPage();

  await test.step('the college opens it from their inbox, which marks it read', async () => {
    // Their own member of the college's staff: the demo one may be signing in at the same moment in another
    // test, and each would read the other's code from the shared outbox.
    const collegeStaff = await makeTestStaff(request, { role: 'provider_staff', name: 'Priya Test', providerSlug: 'calder-valley-college' });
    await signInAsStaff(staffPage, collegeStaff.email, /\/provider$/);
    await staffPage.getByRole('link', { name: 'Applications from young people' }).click();
    const entry = staffPage.getByRole('list', { name: 'Applications' }).getByRole('listitem').filter({ hasText: firstName });
    await expect(entry).toContainText('New');
    await expectNoAxeViolations(staffPage);
    await entry.getByRole('link').click();
    await expect(staffPage.getByRole('heading', { level: 1, name: firstName })).toBeVisible();
    await expect(staffPage.getByText('Read', { exact: true })).toBeVisible();
    await expect(staffPage.getByText('Brighouse High School')).toBeVisible();
    await expectNoAxeViolations(staffPage);
  });

  await test.step('turning down needs a reason', async () => {
    await staffPage.getByRole('button', { name: 'Turn down' }).click();
    await expect(staffPage.getByRole('alert').getByRole('link', { name: /Tell them why/ })).toBeVisible();
    await expectNoAxeViolations(staffPage);
  });

  await test.step('they invite them to an interview, and the young person sees the date', async () => {
    const next = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(next);
    await staffPage.getByRole('textbox', { name: 'Where, and what to bring (they will see this)' }).fill('Room 4, main building.');
    await staffPage.getByLabel('Date and time').fill(`${day}T10:30`);
    await staffPage.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(staffPage.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();
    await page.goto('/applications');
    const entry = page.getByRole('list', { name: 'Your applications' }).getByRole('listitem').first();
    await expect(entry).toContainText('Invited to an interview.');
    await expect(entry).toContainText(/Interview: \w+day \d+ \w+ at 10:30am/);
  });

  await test.step('they make an offer with a condition', async () => {
    await staffPage.getByRole('textbox', { name: /^Conditions/ }).fill('You need grade 4 in maths.');
    await staffPage.getByRole('button', { name: 'Make the offer' }).click();
    await expect(staffPage.getByRole('status').filter({ hasText: 'Offer made' })).toBeVisible();
  });

  await test.step('the young person sees the offer in plain words and accepts it', async () => {
    await page.goto('/applications');
    const entry = page.getByRole('list', { name: 'Your applications' }).getByRole('listitem').first();
    await expect(entry).toContainText('You have an offer.');
    await entry.getByRole('link').click();
    await expect(page.getByText('You need grade 4 in maths.')).toBeVisible();
    await expect(page.getByText('Room 4, main building.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, I accept the offer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You said yes' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'You said yes' })).toBeVisible();
  });

  await test.step('their September panel now shows an offer', async () => {
    await page.goto('/my');
    await expect(page.getByRole('region', { name: 'My September offer' })).toContainText('You have an offer');
  });

  await test.step('the college sees it was accepted', async () => {
    await staffPage.reload();
    await expect(staffPage.getByText('Offer accepted', { exact: true }).first()).toBeVisible();
  });
  await staff.close();
});
