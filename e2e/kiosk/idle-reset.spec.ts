import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { enrolKiosk } from '../fixtures/kiosk';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';

test('a kiosk warns after 2 minutes idle, then clears everything, and Back shows nothing personal', async ({
  page,
  context,
  browser,
  request,
}) => {
  // Several people sign in by code in one journey, on a machine shared with builds.
  test.setTimeout(180_000);
  await page.clock.install();

  await test.step('an admin enrols this PC as a kiosk with a one-time link', async () => {
    const { link } = await enrolKiosk(page, browser, request, { checkAxe: true });
    await expectNoAxeViolations(page);
    await test.step('the link works only once', async () => {
      const other = await browser.newContext();
      const otherPage = await other.newPage();
      await otherPage.goto(link);
      await expect(otherPage.getByRole('heading', { level: 1, name: 'This link does not work any more' })).toBeVisible();
      await other.close();
    });
  });

  await test.step('browsing needs no sign-in; a young person signs in anyway and opens their pages', async () => {
    await page.getByRole('link', { name: /^Sign in to see your things/ }).click();
    await makeNewYoungPersonAccount(page, 'Jo');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello Jo' })).toBeVisible();
    await page.getByRole('link', { name: 'Who can see my record' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who can see my record' })).toBeVisible();
    await page.evaluate(async () => {
      localStorage.setItem('jo-note', 'personal');
      sessionStorage.setItem('jo-session', 'personal');
      const cache = await caches.open('pages');
      await cache.put('/my/privacy', new Response('Jo’s page'));
    });
  });

  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });

  await test.step('after 2 minutes without input a warning gives time to stay', async () => {
    await page.clock.fastForward('01:50');
    await expect(warning).toHaveCount(0);
    await page.clock.fastForward('00:11');
    await expect(warning).toBeVisible();
    await expect(warning.getByText(/clear everything in \d+ seconds/)).toBeVisible();
    await expectNoAxeViolations(page);
    await warning.getByRole('button', { name: 'I’m still here' }).click();
    await expect(warning).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Who can see my record' })).toBeVisible();
  });

  await test.step('the warning gives at least 20 seconds, then everything is cleared', async () => {
    await page.clock.fastForward('02:01');
    await expect(warning).toBeVisible();
    await page.clock.fastForward('00:20');
    await expect(page.getByRole('heading', { level: 1, name: 'Who can see my record' })).toBeVisible();
    await page.clock.fastForward('00:11');
    await expect(page).toHaveURL(/\/kiosk\?cleared=1$/);
    await expect(page.getByRole('status')).toHaveText('This computer has been cleared. It is ready for you.');
    await expectNoAxeViolations(page);
  });

  await test.step('storage, caches and cookies hold nothing of the last person', async () => {
    const left = await page.evaluate(async () => {
      const cached: string[] = [];
      for (const name of await caches.keys()) {
        for (const key of await (await caches.open(name)).keys()) cached.push(key.url);
      }
      return { local: localStorage.length, session: sessionStorage.length, personal: cached.filter((url) => url.includes('/my')) };
    });
    expect(left).toEqual({ local: 0, session: 0, personal: [] });
    const cookies = (await context.cookies()).map((cookie) => cookie.name).sort();
    expect(cookies).toEqual(['ns_kiosk', 'ns_kiosk_on']);
  });

  await test.step('Back shows nothing personal: the server has signed them out', async () => {
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Hello Jo');
    await expect(page.getByText('Jo', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Who can see my record' })).toHaveCount(0);
    await page.goto('/my');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test('"Finish and clear" resets at once', async ({ page, browser, request }) => {
  // Several people sign in by code in one journey, on a machine shared with builds.
  test.setTimeout(180_000);
  await enrolKiosk(page, browser, request);
  await page.goto('/courses');
  await page.getByRole('navigation', { name: 'This computer' }).getByRole('button', { name: 'Finish and clear' }).click();
  await expect(page).toHaveURL(/\/kiosk\?cleared=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Halifax Youth Hub' })).toBeVisible();
});
