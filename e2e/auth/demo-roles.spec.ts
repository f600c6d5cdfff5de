import { DEMO_ACCOUNTS, type DemoAccount } from '../../db/seed/accounts';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { expectPageAccessible, pagesIn, type RouteGroup } from '../fixtures/routes';
import { signInWithEmail, signInWithPhone } from '../fixtures/sign-in';

// Runs on the desktop project only (see playwright.config.ts): two projects signing in the same demo
// person at the same moment would each read the other's code from the shared outbox.

const homes = {
  young_person: { path: '/my', text: 'Young person · ', group: 'young-person' },
  adviser: { path: '/adviser', text: 'Personal adviser · ', group: 'adviser' },
  provider_staff: { path: '/provider', text: 'Course provider · ', group: 'provider' },
  employer_staff: { path: '/employer', text: 'Employer · ', group: 'employer' },
  la_admin: { path: '/admin', text: 'Council admin · ', group: 'admin' },
} as const satisfies Record<string, { path: string; text: string; group: RouteGroup }>;

for (const account of Object.values(DEMO_ACCOUNTS) as DemoAccount[]) {
  test(`the demo ${account.role.replace('_', ' ')} ${account.name} signs in, lands on their home page, and every page of theirs passes axe`, async ({ page }) => {
    // A sign-in and then every page of theirs with axe and best practice (about 25 for a young person): minutes
    // on a busy two-core machine.
    test.setTimeout(300_000);
    if (account.phone) {
      await signInWithPhone(page, { typed: `0${account.phone.slice(3)}`, e164: account.phone });
    } else {
      await signInWithEmail(page, account.email!);
    }
    const home = homes[account.role];
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(account.name.split(' ')[0]!) })).toBeVisible();
    await expect(page.getByText(home.text)).toBeVisible();
    await expectNoAxeViolations(page);
    for (const pattern of pagesIn(home.group)) await expectPageAccessible(page, pattern);
  });
}

test('signing out revokes the session on the server: a copied cookie stops working', async ({ page, browser }) => {
  const adviser = DEMO_ACCOUNTS.adviser;
  await signInWithEmail(page, adviser.email);
  await expect(page).toHaveURL(/\/adviser$/);
  await expect(page.getByRole('list', { name: 'Young people on your caseload' }).getByRole('listitem')).not.toHaveCount(0);
  const sessionCookie = (await page.context().cookies()).find((cookie) => cookie.name.endsWith('authjs.session-token'));
  expect(sessionCookie).toBeDefined();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();

  const other = await browser.newContext();
  await other.addCookies([sessionCookie!]);
  const otherPage = await other.newPage();
  await otherPage.goto('/adviser');
  await expect(otherPage.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await other.close();
});

test('a page for another role looks exactly like a page that does not exist', async ({ page }) => {
  const youngPerson = DEMO_ACCOUNTS.youngPerson;
  await signInWithPhone(page, { typed: `0${youngPerson.phone.slice(3)}`, e164: youngPerson.phone });
  await expect(page).toHaveURL(/\/my$/);
  for (const path of ['/adviser', '/admin', '/provider', '/employer']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: /not found|cannot find/i })).toBeVisible();
  }
});

test("each council's admin sees only their own area's numbers", async ({ page, browser }) => {
  const calderdale = DEMO_ACCOUNTS.laAdmin;
  const northvale = DEMO_ACCOUNTS.northvaleLaAdmin;

  const readCourses = async (email: string, target = page) => {
    await signInWithEmail(target, email);
    await expect(target).toHaveURL(/\/admin$/);
    const figure = target.getByRole('term').filter({ hasText: /^Courses$/ }).locator('xpath=following-sibling::dd[1]');
    return Number((await figure.textContent())!.replace(/,/g, ''));
  };

  const calderdaleCourses = await readCourses(calderdale.email);
  // Staff are told what is going stale: the demo's deliberately stale course shows as hidden.
  const staleCourses = page.getByRole('table', { name: 'Records going out of date' }).getByRole('row', { name: /^courses/i });
  const hiddenCourses = Number(await staleCourses.getByRole('cell').nth(1).textContent());
  expect(hiddenCourses).toBeGreaterThanOrEqual(1);
  const otherContext = await browser.newContext();
  const northvaleCourses = await readCourses(northvale.email, await otherContext.newPage());
  await otherContext.close();
  expect(calderdaleCourses).toBeGreaterThan(100);
  expect(northvaleCourses).toBeGreaterThan(0);
  expect(northvaleCourses).toBeLessThan(50);
});
