import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { waitForPageToSettle } from './pick';

test('a postcode we do not know asks again clearly, keeping the other answers', async ({ page }) => {
  test.slow();
  await page.goto('/explore/travel?like=cooking&now=gcses');
  await waitForPageToSettle(page);
  await page.getByRole('textbox', { name: 'Your postcode (if you want to)' }).fill('ZZ99 9ZZ');
  await page.getByRole('button', { name: 'See my matches' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'How far can you travel?' })).toBeVisible();
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  const message = 'We do not know where ZZ99 9ZZ is. Check it, or try just the first part, like HX1';
  await expect(summary.getByRole('link', { name: message })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: How far can you travel\?/);
  await expect(page.getByRole('textbox', { name: 'Your postcode (if you want to)' })).toHaveValue('ZZ99 9ZZ');
  await expectNoAxeViolations(page);

  await waitForPageToSettle(page);
  await page.getByRole('textbox', { name: 'Your postcode (if you want to)' }).fill('HX7');
  await page.getByRole('button', { name: 'See my matches' }).click();
  await expect(page).toHaveURL(/like=cooking&now=gcses&postcode=HX7$/);
  const first = page.getByRole('list', { name: 'Your matches' }).getByRole('listitem').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Chef and baker');
  await expect(first.getByText(/miles? away$/).first()).toBeVisible();
});

test('something that is not a postcode asks for one', async ({ page }) => {
  await page.goto('/explore/matches?like=animals&postcode=Halifax');
  await expect(page).toHaveURL(/\/explore\/travel\?like=animals&postcode=Halifax$/);
  await expect(page.getByRole('alert', { name: 'There is a problem' }).getByRole('link', { name: 'Enter a postcode, like HX1 2SP, or just the first part, like HX1' })).toBeVisible();
});
