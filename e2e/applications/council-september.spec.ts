import type { Download } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

/** 1 March of the year that makes someone Year 11 this school year, as the test route wants it. */
function year11Birthday(today = new Date()): string {
  const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(today);
  const [year, month] = london.split('-').map(Number) as [number, number];
  return `${(month >= 9 ? year : year - 1) - 15}-03-01`;
}

async function readDownload(download: Promise<Download>): Promise<string> {
  const file = await download;
  return (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
}

test('a council admin sees September counts for their own area, and names only with a reason', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const firstName = `Zara${uniqueLetters()}`;
  const reason = 'Planning calls before the summer holidays';

  await page.goto('/my/privacy');
  const phone = await makeNewYoungPersonAccount(page, firstName);
  await request.post('/api/test/applications', { data: { phone: phone.e164, statuses: [], dateOfBirth: year11Birthday() } });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Casey ${uniqueLetters()}` });
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();

  await test.step('the counts and what they mean show without any names', async () => {
    await signInAsStaff(adminPage, admin.email, /\/admin$/);
    await adminPage.getByRole('link', { name: /^September Guarantee/ }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'September Guarantee' })).toBeVisible();
    const counts = adminPage.getByRole('table', { name: 'How many, today' });
    await expect(counts.getByRole('row', { name: /Year 11/ })).toBeVisible();
    await expect(adminPage.getByRole('term').filter({ hasText: 'No offer yet' })).toBeVisible();
    await expect(adminPage.getByText(firstName)).toHaveCount(0);
    await expectNoAxeViolations(adminPage);
  });

  await test.step('asking for names without a reason says what to do', async () => {
    await adminPage.getByRole('button', { name: 'Show names' }).click();
    await expect(adminPage.getByRole('alert').getByRole('link', { name: /^Write why you need to look/ })).toBeVisible();
    await expect(adminPage).toHaveTitle(/^Error: /);
    await expect(adminPage.getByText(firstName)).toHaveCount(0);
    await expectNoAxeViolations(adminPage);
  });

  await test.step('with a reason, the young person with no application is listed and can be downloaded', async () => {
    await adminPage.getByRole('combobox', { name: 'Show' }).selectOption('no-application');
    await adminPage.getByRole('textbox', { name: 'Why you need their names' }).fill(reason);
    await adminPage.getByRole('button', { name: 'Show names' }).click();
    const row = adminPage.getByRole('row', { name: new RegExp(firstName) });
    await expect(row.getByRole('cell').nth(0)).toHaveText('11');
    await expect(row.getByRole('cell').nth(1)).toHaveText('None');
    await expectNoAxeViolations(adminPage);
    const download = adminPage.waitForEvent('download');
    await adminPage.getByRole('link', { name: /Download this list/ }).click();
    const csv = await readDownload(download);
    expect(csv).toContain('Name,Year,Applications sent,Has an offer');
    expect(csv).toContain(`${firstName},11,0,No`);
  });

  await test.step('the young person sees that the council looked, and why', async () => {
    await page.goto('/my/privacy');
    const entry = page.getByRole('list', { name: 'Who looked at your record' }).getByRole('listitem').first();
    await expect(entry).toContainText('whether you have applied or have an offer for September');
    await expect(entry).toContainText(reason);
  });

  await test.step('a Northvale admin never sees this Calderdale young person', async () => {
    const northvale = await makeTestStaff(request, { role: 'la_admin', name: `Nell ${uniqueLetters()}`, laSlug: 'northvale' });
    const context = await browser.newContext();
    const northPage = await context.newPage();
    await signInAsStaff(northPage, northvale.email, /\/admin$/);
    await northPage.goto(`/admin/september?show=all&reason=${encodeURIComponent(reason)}`);
    await expect(northPage.getByRole('heading', { level: 2, name: /^Everyone in Year 11 and 12/ })).toBeVisible();
    await expect(northPage.getByText(firstName)).toHaveCount(0);
    const response = await northPage.request.get(`/admin/september/export?show=all&reason=${encodeURIComponent(reason)}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).not.toContain(firstName);
    await context.close();
  });

  await test.step('the download needs a reason, and only council admins get it', async () => {
    expect((await adminPage.request.get('/admin/september/export?show=all')).status()).toBe(404);
    expect((await page.request.get(`/admin/september/export?show=all&reason=${encodeURIComponent(reason)}`)).status()).toBe(404);
  });
  await adminContext.close();
});
