import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

/** Two courses from a provider's page: their slugs (from the links) and names. */
async function findTwoCourses(page: Page): Promise<{ slug: string; name: string }[]> {
  await page.goto('/providers/calder-valley-college');
  const links = page.getByRole('region', { name: 'Courses', exact: true }).getByRole('list', { name: / courses$/ }).getByRole('link');
  const found = [];
  for (const link of (await links.all()).slice(0, 2)) {
    const href = (await link.getAttribute('href')) ?? '';
    found.push({ slug: href.replace('/courses/', ''), name: (await link.innerText()).trim() });
  }
  expect(found).toHaveLength(2);
  return found;
}

test('a young person compares two courses side by side, then removes one', async ({ page }) => {
  const [first, second] = await findTwoCourses(page);

  await test.step('both courses are columns of one table, unknown courses are skipped', async () => {
    await page.goto(`/courses/compare?c=${first!.slug}&c=${second!.slug}&c=no-such-course`);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare courses' })).toBeVisible();
    const table = page.getByRole('table', { name: 'The courses you picked, side by side' });
    const columns = table.getByRole('columnheader');
    await expect(columns).toHaveCount(2);
    await expect(columns.nth(0).getByRole('link', { name: first!.name, exact: true })).toHaveAttribute('href', `/courses/${first!.slug}`);
    await expect(columns.nth(1).getByRole('link', { name: second!.name, exact: true })).toHaveAttribute('href', `/courses/${second!.slug}`);
    for (const row of ['Provider', 'Level', 'Full or part time', 'How you learn', 'How long', 'Starts', 'Cost', 'What you need to get in', 'Where', 'Checked on']) {
      await expect(table.getByRole('rowheader', { name: row, exact: true })).toBeVisible();
    }
    // Fits the screen: no sideways scrolling on a phone.
    const region = page.getByRole('region', { name: 'Courses side by side' });
    expect(await region.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
    await expectNoAxeViolations(page);
  });

  await test.step('removing one leaves one course and says how to pick more', async () => {
    await page.getByRole('link', { name: `Remove ${first!.name}`, exact: true }).click();
    await expect(page).toHaveURL(`/courses/compare?c=${second!.slug}`);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('link', { name: second!.name, exact: true })).toHaveAttribute('href', `/courses/${second!.slug}`);
    await expect(page.getByRole('link', { name: 'Find courses' })).toHaveAttribute('href', '/courses');
    await expectNoAxeViolations(page);
  });
});

test('comparing works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [first, second] = await findTwoCourses(page);
  await page.goto(`/courses/compare?c=${first!.slug}&c=${second!.slug}`);
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2);
  await page.getByRole('link', { name: `Remove ${second!.name}`, exact: true }).click();
  await expect(page).toHaveURL(`/courses/compare?c=${first!.slug}`);
  await context.close();
});

test('with no courses picked, the compare page says what to do', async ({ page }) => {
  await page.goto('/courses/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare courses' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Find courses' })).toHaveAttribute('href', '/courses');
  await expectNoAxeViolations(page);
});
