import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('options at 14: Year 9 choices, tasters, work experience and courses for 14 to 16 year olds', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Options at 14' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your options at 14' })).toBeVisible();
  for (const step of ['Choose your Year 9 options', 'Try a taster day', 'Do some work experience', 'Learn a skill alongside school']) {
    await expect(page.getByRole('heading', { level: 2, name: step })).toBeVisible();
  }
  const next = page.getByRole('list', { name: 'What to do next' });
  await expect(next.getByRole('link', { name: /Courses for 14 to 16 year olds/ })).toHaveAttribute('href', '/courses?age=age_14_16');
  await expectNoAxeViolations(page);

  await next.getByRole('link', { name: /Your options at 16/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your options at 16' })).toBeVisible();
});

test('options at 16: four choices, the September Guarantee and searches to start from', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Options at 16' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your options at 16' })).toBeVisible();
  for (const choice of ['Sixth form', 'College', 'Apprenticeship', 'Training with a job']) {
    await expect(page.getByRole('heading', { level: 3, name: choice, exact: true })).toBeVisible();
  }
  const guarantee = page.getByRole('region', { name: 'The September Guarantee' });
  await expect(guarantee).toContainText('by the end of September');
  await expect(guarantee).toContainText('Ask your adviser');

  const searches = page.getByRole('list', { name: 'Find a place' });
  await expect(searches.getByRole('link', { name: /Courses for 16 to 19 year olds/ })).toHaveAttribute('href', '/courses?age=age_16_19');
  await expect(searches.getByRole('link', { name: /Apprenticeships/ })).toHaveAttribute('href', '/courses?q=apprenticeship');
  await expect(searches.getByRole('link', { name: /Starting-out courses/ })).toHaveAttribute('href', '/courses?level=starting-out');
  await expect(searches.getByRole('link', { name: /All providers/ })).toHaveAttribute('href', '/providers');
  await expectNoAxeViolations(page);
});
