import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('skipping every question still gives broad, sensible ideas', async ({ page }) => {
  test.slow();
  await page.goto('/explore');
  await page.getByRole('link', { name: 'Start' }).click();
  for (const question of ['What do you enjoy?', 'How do you like to work?', 'What qualifications do you have?', 'How far can you travel?']) {
    await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
    await page.getByRole('link', { name: 'Skip this question' }).click();
  }
  await expect(page).toHaveURL(/\/explore\/matches$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your matches' })).toBeVisible();
  await expect(page.getByText(/^You skipped the questions, so here are some good places to start/)).toBeVisible();
  const matches = page.getByRole('list', { name: 'Your matches' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(matches).toHaveCount(5);
  await expect(matches.getByText('Lots of young people start here.', { exact: true })).toHaveCount(5);
  await expect(page.getByRole('list', { name: 'In Calderdale: Shop and customer service' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Other kinds of work' }).getByRole('link')).not.toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the questions can be skipped straight from the start page', async ({ page }) => {
  await page.goto('/explore');
  await page.getByRole('link', { name: 'Skip the questions and see ideas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your matches' })).toBeVisible();
});
