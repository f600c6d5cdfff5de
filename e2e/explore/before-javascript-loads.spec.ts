import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

// On a slow phone, people tap before the page's JavaScript has arrived. The picture cards and search boxes
// are plain HTML, so what they chose then must still be chosen once the JavaScript has run (react-aria's
// cards were put back to their first state when React took over the page: decision 008).
//
// Every script from /_next/ is held back until the test lets it through, so the choices below are made
// with no JavaScript running yet; then the scripts load, React hydrates the page, and the choices are checked.
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, async (route) => {
    await released;
    await route.continue();
  });
  return async () => {
    release();
    await page.waitForLoadState('load');
    await page.waitForLoadState('networkidle');
    // React has taken over the page once the service worker registration (a client component) has run.
    await page.waitForFunction(() => document.readyState === 'complete');
  };
}

test('picture cards ticked while the page is still loading stay ticked', async ({ page }) => {
  const letScriptsThrough = await holdScripts(page);
  await test.step('tick two pictures before any JavaScript has run', async () => {
    await page.goto('/explore/enjoy', { waitUntil: 'domcontentloaded' });
    await page.getByText('Fixing things').click();
    await page.getByText('Animals').click();
    await expect(page.getByRole('checkbox', { name: /Fixing things/ })).toBeChecked();
  });
  await test.step('the JavaScript loads, and both are still ticked', async () => {
    await letScriptsThrough();
    await expect(page.getByRole('checkbox', { name: /Fixing things/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Animals/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Being outdoors/ })).not.toBeChecked();
  });
  await test.step('and they are sent with the form', async () => {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/like=fixing/);
    await expect(page).toHaveURL(/like=animals/);
  });
});

test('a way of travelling and a postcode chosen while the page is still loading are kept', async ({ page }) => {
  const letScriptsThrough = await holdScripts(page);
  await page.goto('/explore/travel', { waitUntil: 'domcontentloaded' });
  await page.getByText('Bus', { exact: true }).click();
  await page.getByRole('textbox', { name: /Your postcode/ }).fill('HX1');
  await letScriptsThrough();
  await expect(page.getByRole('radio', { name: /Bus/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /Your postcode/ })).toHaveValue('HX1');
});

test('the job search keeps words, a postcode and a tick made while the page is still loading', async ({ page }) => {
  const letScriptsThrough = await holdScripts(page);
  await page.goto('/vacancies?type=job', { waitUntil: 'domcontentloaded' });
  await page.getByRole('searchbox', { name: 'What kind of work?' }).fill('mechanic');
  await page.getByRole('textbox', { name: 'Your postcode' }).fill('HX1');
  await page.getByText('More choices').click();
  await page.getByText('Only ones where you need no experience').click();
  await letScriptsThrough();
  await expect(page.getByRole('searchbox', { name: 'What kind of work?' })).toHaveValue('mechanic');
  await expect(page.getByRole('textbox', { name: 'Your postcode' })).toHaveValue('HX1');
  await expect(page.getByRole('checkbox', { name: 'Only ones where you need no experience' })).toBeChecked();
});
