import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('the home page offers picture choices and works for everyone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do next?' })).toBeVisible();
  const choices = page.getByRole('list', { name: 'Start here' });
  await expect(choices.getByRole('link', { name: /Look at types of work/ })).toBeVisible();
  await expect(choices.getByRole('img')).toHaveCount(0); // pictures are decorative: the words say it all
  await expectNoAxeViolations(page);
});

test('a young person browses types of work by picture, two levels deep', async ({ page, request }) => {
  await test.step('every area of work has a picture and a name', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: /Look at types of work/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Types of work' })).toBeVisible();
    const areas = page.getByRole('list', { name: 'Types of work' }).getByRole('listitem');
    expect(await areas.count()).toBeGreaterThanOrEqual(15);
    const pictures = page.getByRole('list', { name: 'Types of work' }).locator('img');
    await expect(pictures).toHaveCount(await areas.count());
    // Pictures below the fold load lazily, so check each one's file is really there.
    for (const picture of await pictures.all()) {
      const src = await picture.getAttribute('src');
      const response = await request.get(src!);
      expect(response.status(), src!).toBe(200);
      expect(response.headers()['content-type'], src!).toContain('image/svg+xml');
    }
    await expectNoAxeViolations(page);
  });

  await test.step('tapping an area shows the kinds of work in it, each with a picture', async () => {
    await page.getByRole('link', { name: /Building/ }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Kinds of work' })).toBeVisible();
    const kinds = page.getByRole('list', { name: /Kinds of work in/ }).getByRole('listitem');
    expect(await kinds.count()).toBeGreaterThan(0);
    await expect(kinds.first().locator('img')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to all types of work' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Types of work' })).toBeVisible();
  });
});

test('an unknown type of work shows the not-found page', async ({ page }) => {
  const response = await page.goto('/categories/no-such-thing');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the health check reports the app, the database and its search features', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  // Run on PGlite and on PostgreSQL in CI: full-text search and pg_trgm must work on both.
  expect(body).toMatchObject({ status: 'ok', app: 'ok', database: { ok: true, fullTextSearch: true, trigramSearch: true } });
  expect(['pglite', 'postgres', 'neon']).toContain(body.database.driver);
});

test('pages keep working without JavaScript: sign-in shows its errors', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Your mobile number' }).fill('not a number');
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByText('There is a problem')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Enter a UK mobile number, like 07700 900 123' })).toBeVisible();
  await context.close();
});

test('every page is sent with security headers that keep other sites out', async ({ request }) => {
  for (const path of ['/', '/courses', '/sign-in']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    // Scripts run by this request's nonce only (decision 027); e2e/security/content-security-policy.spec.ts has the rest.
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[\w+/=-]{16,}' 'strict-dynamic'/);
    expect(headers['content-security-policy'], path).not.toContain('unsafe-inline\'; style');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});
