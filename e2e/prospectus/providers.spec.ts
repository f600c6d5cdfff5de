import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('a young person finds a provider, its courses and a way to get in touch without phoning', async ({ page }) => {
  await test.step('the footer leads to every provider in the area, A to Z', async () => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'All providers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All providers' })).toBeVisible();
    const providers = page.getByRole('list', { name: 'Providers from A to Z' });
    expect(await providers.getByRole('listitem').count()).toBeGreaterThan(10);
    // A Calderdale visitor sees only Calderdale's providers.
    await expect(providers.getByRole('link', { name: /^Northvale/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  await test.step('a provider’s page says how to text or email them, and where they are', async () => {
    await page.getByRole('list', { name: 'Providers from A to Z' }).getByRole('link', { name: 'Calder Valley College' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Calder Valley College' })).toBeVisible();
    const contact = page.getByRole('list', { name: 'Ways to get in touch' });
    await expect(contact.getByRole('link', { name: /^Send a text/ })).toHaveAttribute('href', /^sms:\+447\d{9}$/);
    await expect(contact.getByRole('link', { name: /^Send an email/ })).toHaveAttribute('href', /^mailto:.+@.+/);
    await expect(page.getByRole('heading', { level: 2, name: 'Help if you have extra needs' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Open a map showing/ }).first()).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=-?[\d.]+&mlon=-?[\d.]+#map=16\//,
    );
  });

  await test.step('its courses are listed by level, each linking to the course', async () => {
    const courses = page.getByRole('region', { name: 'Courses', exact: true });
    await expect(courses.getByRole('heading', { level: 3, name: 'Starting out' })).toBeVisible();
    const links = courses.getByRole('list', { name: 'Starting out courses' }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    await expect(links.first()).toHaveAttribute('href', /^\/courses\/[a-z0-9-]+$/);
    // A big college has many courses: links jump to each level.
    await courses.getByRole('navigation', { name: 'Course levels' }).getByRole('link', { name: /^GCSE level/ }).click();
    await expect(page).toHaveURL(/#level-gcse-level$/);
    await expectNoAxeViolations(page);
  });
});

test('an unknown provider shows the not-found page', async ({ page }) => {
  const response = await page.goto('/providers/no-such-provider');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('another council’s provider looks exactly like a missing one', async ({ page, context, baseURL }) => {
  await test.step('a Calderdale visitor (the default) cannot open a Northvale provider', async () => {
    const response = await page.goto('/providers/northvale-college');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  await test.step('a visitor who chose Northvale sees it, and not Calderdale’s', async () => {
    await context.addCookies([{ name: 'ns_area', value: 'northvale', url: baseURL! }]);
    await page.goto('/providers/northvale-college');
    await expect(page.getByRole('heading', { level: 1, name: 'Northvale College' })).toBeVisible();
    const response = await page.goto('/providers/calder-valley-college');
    expect(response?.status()).toBe(404);
  });
});
