import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('the council lets an adviser look up any young person, then stops it; another council cannot', async ({ browser, request, baseURL }) => {
  // Three people sign in by code, on a machine shared with builds.
  test.setTimeout(180_000);
  const adviserName = `Ade ${uniqueLetters()}`;
  const adviser = await makeTestStaff(request, { role: 'adviser', name: adviserName });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Cal ${uniqueLetters()}` });

  const adviserPage = await (await browser.newContext({ baseURL })).newPage();
  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(adviserPage, adviser.email, /\/adviser$/);
  await signInAsStaff(adminPage, admin.email, /\/admin$/);

  const lookUp = async () => (await adviserPage.goto('/adviser/search'))?.status();
  const row = () => adminPage.getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name: new RegExp(adviserName) }) });

  await test.step('without permission, the adviser cannot look people up', async () => {
    expect(await lookUp()).toBe(404);
  });

  await test.step('the council admin allows it, and the change is logged', async () => {
    await adminPage.getByRole('link', { name: 'Who can look up young people' }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Who can look up young people' })).toBeVisible();
    await expect(row().getByRole('cell', { name: 'No', exact: true })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await row().getByRole('button', { name: `Allow ${adviserName} looking up young people` }).click();
    await expect(adminPage.getByRole('status')).toHaveText(`${adviserName} can now look up young people.`);
    await expect(row().getByRole('cell', { name: 'Yes', exact: true })).toBeVisible();
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Allowed ${adviserName} to look up any young person`);
    await expectNoAxeViolations(adminPage);
  });

  await test.step('now the adviser can look people up (with a reason)', async () => {
    expect(await lookUp()).toBe(200);
    await expect(adviserPage.getByRole('heading', { level: 1, name: 'Look up a young person' })).toBeVisible();
  });

  await test.step('the admin stops it, and it stops at once', async () => {
    await row().getByRole('button', { name: `Stop ${adviserName} looking up young people` }).click();
    await expect(adminPage.getByRole('status')).toHaveText(`${adviserName} can no longer look up young people.`);
    expect(await lookUp()).toBe(404);
  });

  await test.step('another council’s admin does not see the adviser, and cannot change them by editing the form', async () => {
    const northvaleAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Nell ${uniqueLetters()}`, laSlug: 'northvale' });
    await makeTestStaff(request, { role: 'adviser', name: `Noor ${uniqueLetters()}`, laSlug: 'northvale' });
    const otherPage = await (await browser.newContext({ baseURL })).newPage();
    await signInAsStaff(otherPage, northvaleAdmin.email, /\/admin$/);
    await otherPage.goto('/admin/staff');
    await expect(otherPage.getByRole('rowheader', { name: new RegExp(adviserName) })).toHaveCount(0);
    // The adviser's id is a hidden field (it has no role): this is what a tampered form post would send.
    await otherPage.locator('input[name="adviserId"]').first().evaluate((input, id) => ((input as HTMLInputElement).value = id), adviser.id);
    await otherPage.getByRole('button', { name: /^Allow / }).first().click();
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(await lookUp()).toBe(404);
  });
});
