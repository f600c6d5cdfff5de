import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, signInWithPhone } from '../fixtures/sign-in';

async function choose(page: Page, group: string, option: string) {
  await page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
}

/** Whatever sticks out past the right edge of the screen (nothing should: WCAG 1.4.4 and 1.4.10). */
async function cutOffElements(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName} “${(element.textContent ?? '').trim().slice(0, 40)}”`);
  });
}

test.describe('my settings', () => {
  test('bigger text, strong colours and no pictures apply on every page, with nothing cut off', async ({ page }) => {
    test.slow(); // Four pages, each checked with axe at double text size.
    await page.goto('/');
    await page.getByRole('link', { name: 'My settings' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'My settings' })).toBeVisible();
    await expectNoAxeViolations(page);

    await choose(page, 'Text size', 'Biggest (double)');
    await choose(page, 'Colours', 'Strong colours (high contrast)');
    await choose(page, 'Pictures', 'Hide pictures');
    await choose(page, 'Letters', 'Easier to read letters');
    await page.getByRole('button', { name: 'Save my settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your settings are saved' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Biggest (double)' })).toBeChecked();

    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-text-size', '200');
    await expect(html).toHaveAttribute('data-contrast', 'high');
    await expect(html).toHaveAttribute('data-pictures', 'off');
    await expect(html).toHaveAttribute('data-font', 'readable');
    await expectNoAxeViolations(page);

    // Another page: the look is there from the first paint (it comes with the HTML), text is double size,
    // pictures are hidden but their words stay, and nothing needs scrolling sideways.
    const response = await page.request.get('/courses');
    expect(await response.text()).toContain('data-text-size="200"');
    await page.goto('/courses');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: /Building and construction/ }).first()).toBeVisible();
    expect(await cutOffElements(page)).toEqual([]);
    await expectNoAxeViolations(page);

    await page.goto('/vacancies');
    expect(await cutOffElements(page)).toEqual([]);

    await page.goto('/settings');
    await page.getByRole('button', { name: 'Go back to normal settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your settings are saved' })).toBeVisible();
    await expect(html).toHaveAttribute('data-text-size', '100');
    await expect(html).toHaveAttribute('data-pictures', 'on');
  });

  test('settings saved on my account follow me to another device', async ({ page, browser }) => {
    await page.goto('/sign-in');
    const phone = await makeNewYoungPersonAccount(page, 'Robin');
    await expect(page.getByRole('heading', { name: 'Hello Robin' })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByText('We keep your settings on your account.')).toBeVisible();
    await choose(page, 'Text size', 'Much bigger');
    await choose(page, 'Movement', 'Stop things moving');
    await page.getByRole('button', { name: 'Save my settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'saved on your account' })).toBeVisible();

    const otherDevice = await browser.newContext();
    const otherPage = await otherDevice.newPage();
    await otherPage.goto('/');
    await expect(otherPage.locator('html')).toHaveAttribute('data-text-size', '100');
    await signInWithPhone(otherPage, phone);
    await expect(otherPage.getByRole('heading', { name: 'Hello Robin' })).toBeVisible();
    await expect(otherPage.locator('html')).toHaveAttribute('data-text-size', '150');
    await expect(otherPage.locator('html')).toHaveAttribute('data-motion', 'reduce');
    await otherDevice.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the settings form still works, and the Listen control says what to do', async ({ page }) => {
    // Playwright turns scripts off without telling the HTML parser, so <noscript> cannot show here: check
    // that the page carries the message and hides the dead buttons for a browser with JavaScript off.
    const html = await (await page.request.get('/settings')).text();
    expect(html).toMatch(/<noscript><style>\.needs-js\{display:none!important\}<\/style><p>To hear this page read aloud, turn on JavaScript/);
    await page.goto('/settings');
    await choose(page, 'Text size', 'Bigger');
    await page.getByRole('button', { name: 'Save my settings' }).click();
    await expect(page.getByText('Your settings are saved')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '125');
  });
});
