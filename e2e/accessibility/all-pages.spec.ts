import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { expectPageAccessible, pagesIn } from '../fixtures/routes';
import { expect, test } from '../fixtures/test';

// Every page in the app, checked with axe (WCAG 2.2 AA and best practice) on a phone and a desktop screen.
// Staff pages are crawled in e2e/auth/demo-roles.spec.ts, where each demo member of staff is signed in once.

const publicPages = pagesIn('public');

// The highest reading age (lib/content/readability.ts) a young person's page may have. The aim is 9; the
// formula reads short UI lines roughly, so the ceiling sits just above what the pages measure (docs/accessibility.md).
const READING_AGE_CEILING = 11;

test('the crawl finds the public pages', () => {
  expect(publicPages).toEqual(expect.arrayContaining(['/', '/courses', '/courses/[slug]', '/vacancies/[id]', '/settings']));
});

for (const pattern of publicPages) {
  test(`public page ${pattern} passes axe, with best practice too`, async ({ page }) => {
    test.slow(); // Some pages are long (all the matches, all the courses), and axe reads every element.
    await expectPageAccessible(page, pattern, { readingAge: READING_AGE_CEILING });
  });
}

test('every young person’s page passes axe, with best practice too', async ({ page }) => {
  // A new account by code, then about 20 pages with axe and best practice each: minutes on a busy machine.
  test.setTimeout(300_000);
  await page.goto('/sign-in');
  await makeNewYoungPersonAccount(page, 'Casey');
  await expect(page.getByRole('heading', { name: 'Hello Casey' })).toBeVisible();
  for (const pattern of [...pagesIn('young-person'), '/account', '/settings']) {
    await expectPageAccessible(page, pattern, { readingAge: READING_AGE_CEILING });
  }
});
