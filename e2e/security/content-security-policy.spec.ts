import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

// The page policy (decision 027): each page request gets its own nonce from proxy.ts, Next puts it on its own
// scripts, and a script that reaches the page without it does not run.

// Routes do not see what a service worker fetches; the injection below needs them to.
test.use({ serviceWorkers: 'block' });

const PAGES = ['/', '/vacancies', '/courses', '/sign-in', '/settings', '/explore/enjoy'];

function nonceOf(policy: string | undefined): string {
  const nonce = /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/.exec(policy ?? '')?.[1];
  if (!nonce) throw new Error(`No nonce in the policy: ${policy}`);
  return nonce;
}

test('every page gets a fresh nonce, and every script Next writes carries it', async ({ request }) => {
  for (const path of PAGES) {
    const [first, second] = [await request.get(path), await request.get(path)];
    const nonce = nonceOf(first.headers()['content-security-policy']);
    expect(nonceOf(second.headers()['content-security-policy']), `${path}: a new nonce each time`).not.toBe(nonce);
    expect(first.headers()['content-security-policy'], path).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, `${path} has scripts`).toBeGreaterThan(1);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test('what the proxy skips keeps the static policy: /offline (prerendered for the service worker), the API, files', async ({ request }) => {
  for (const path of ['/offline', '/api/health', '/manifest.webmanifest', '/icon.svg']) {
    const policy = (await request.get(path)).headers()['content-security-policy'];
    expect(policy, path).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy, path).not.toContain('nonce-');
    expect(policy, path).toContain("frame-ancestors 'none'");
  }
});

/** Serves `path` with `script` added to its HTML, as a stored or reflected script would reach it. */
async function injectIntoPage(page: Page, path: string, script: (nonce: string) => string) {
  await page.route(`**${path}`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const nonce = nonceOf(response.headers()['content-security-policy']);
    const html = (await response.text()).replace('</h1>', `</h1>${script(nonce)}`);
    await route.fulfill({ response, body: html });
  });
}

async function collectViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
  });
}

test('a script injected into the page without the nonce does not run; the page itself still works', async ({ page }) => {
  await collectViolations(page);
  await injectIntoPage(page, '/vacancies', () => '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">');
  await page.goto('/vacancies');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length)).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const directives = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(directives.every((directive) => directive.startsWith('script-src'))).toBe(true);
});

test('the same script with the right nonce does run (so the check above can fail), and Next hydrates with no violation', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`);
  });
  await injectIntoPage(page, '/settings', (nonce) => `<script nonce="${nonce}">window.__withNonce = 1</script>`);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as { __withNonce?: unknown }).__withNonce)).toBe(1);
  // React has hydrated: Next's own scripts ran with the nonce.
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__react')))).toBe(true);
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  expect(refused).toEqual([]);
});
