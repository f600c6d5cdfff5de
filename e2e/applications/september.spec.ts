import { DEMO_ACCOUNTS } from '../../db/seed/accounts';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';

test('an adviser lists their Year 11 and 12 young people with no offer, and downloads the list', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsStaff(page, DEMO_ACCOUNTS.adviser.email, /\/adviser$/);
  await page.getByRole('link', { name: /^September Guarantee/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'September Guarantee' })).toBeVisible();
  const liam = page.getByRole('row', { name: /Liam Turner/ });
  await expect(liam.getByRole('cell').nth(0)).toHaveText('11');
  await expect(liam.getByRole('cell').nth(1)).toHaveText('None');
  await expect(page.getByRole('row', { name: /Jade Ahmed/ }).getByRole('cell').nth(0)).toHaveText('12');
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Show' }).selectOption('no-application');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('row', { name: /Liam Turner/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Jade Ahmed/ })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download this list/ }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('Name,Year,Applications sent,Has an offer');
  expect(text).toContain('Liam Turner,11,0,No');
  expect(text).not.toContain('Jade Ahmed');
});

test('only advisers can download the September list', async ({ page }) => {
  expect((await page.goto('/adviser/september/export'))?.status()).toBe(404);
});
