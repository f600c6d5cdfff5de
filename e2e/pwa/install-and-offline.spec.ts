import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };
type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  icons: ManifestIcon[];
  shortcuts: { name: string; url: string; icons: ManifestIcon[] }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

/** Waits until the page's service worker has installed (the offline page is saved) and taken over. */
async function waitForActiveServiceWorker(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
    }
    return { scope: registration.scope, state: worker.state, scriptURL: worker.scriptURL };
  });
}

test.describe('Installing the app and using it offline', () => {
  test('the app manifest is linked, valid and its icons load', async ({ page, request }) => {
    await test.step('the home page links to the manifest', async () => {
      await page.goto('/');
      const href = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'));
      expect(href).toBe('/manifest.webmanifest');
    });

    const manifest = await test.step('the manifest is served as JSON', async () => {
      const response = await request.get('/manifest.webmanifest');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/manifest+json');
      return (await response.json()) as Manifest;
    });

    await test.step('it describes an installable app', async () => {
      expect(manifest).toMatchObject({
        name: 'Next Steps',
        short_name: 'Next Steps',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d4fa0',
        background_color: '#f6f4ef',
        lang: 'en-GB',
      });
      const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
      expect(icons).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']));
      expect(manifest.shortcuts.map((shortcut) => [shortcut.name, shortcut.url])).toEqual([
        ['Search courses', '/courses'],
        ['Search jobs', '/vacancies'],
        ['My CV', '/cv'],
        ['My applications', '/applications'],
      ]);
    });

    await test.step('every icon loads as a PNG of the size it says', async () => {
      const allIcons = [...manifest.icons, ...manifest.shortcuts.flatMap((shortcut) => shortcut.icons)];
      for (const icon of allIcons) {
        const response = await request.get(icon.src);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()['content-type'], icon.src).toBe('image/png');
        expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
      }
    });
  });

  test('the service worker registers and becomes active', async ({ page }) => {
    await page.goto('/');
    const worker = await waitForActiveServiceWorker(page);
    expect(worker.state).toBe('activated');
    expect(new URL(worker.scope).pathname).toBe('/');
    expect(new URL(worker.scriptURL).pathname).toBe('/serwist/sw.js');
  });

  test('offline, a page never visited shows the offline page', async ({ page, context }) => {
    await test.step('visit the home page while online', async () => {
      await page.goto('/');
      await waitForActiveServiceWorker(page);
    });

    await test.step('lose the connection and open a page never visited', async () => {
      await context.setOffline(true);
      await page.goto('/courses');
    });

    await test.step('the offline page explains what still works', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'What you can still do' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '/');
      await expectNoAxeViolations(page);
    });
  });

  test('offline, a page visited before still opens', async ({ page, context }) => {
    await page.goto('/');
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await waitForActiveServiceWorker(page);
    // The worker saves the first page in the background once it is running.
    await expect.poll(() => page.evaluate(async () => Boolean(await caches.match('/')))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
  });

  test('offline, a personal page is never kept: a shared device shows the offline page instead', async ({ page, context }) => {
    await page.goto('/');
    await waitForActiveServiceWorker(page);
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(await page.evaluate(async () => Boolean(await caches.match('/sign-in')))).toBe(false);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  });
});
