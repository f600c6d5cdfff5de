import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';

test('a young person browses jobs and training by picture and opens one', async ({ page }) => {
  // Several pages with axe, then a new account made by code: more than 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  await test.step('the Jobs link in the header opens pictures to choose from', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Find a job or training' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'What you are looking for' }).getByRole('link')).toHaveCount(5);
    await expect(page.getByRole('list', { name: 'Areas of work' }).getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('they tap Apprenticeships and see apprenticeships, with no typing', async () => {
    await page.getByRole('list', { name: 'What you are looking for' }).getByRole('link', { name: /^Apprenticeships/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ apprenticeships found$/ })).toBeVisible();
    const first = page.getByRole('list', { name: 'Jobs and training found' }).getByRole('listitem').first();
    await expect(first.getByText('Apprenticeship', { exact: true })).toBeVisible();
    await expect(first.getByText(/^Checked on \d{1,2} \w+ \d{4}$/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('an area of work leads on to kinds of work', async () => {
    await page.goto('/vacancies');
    await page.getByRole('list', { name: 'Areas of work' }).getByRole('link', { name: /^Building and construction/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Choose a kind of work' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('they open one and read what it is, what it pays, where and when it closes', async () => {
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const name of ['What they want', 'Where it is', 'Who offers it', 'Share it']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    for (const term of ['Pay', 'Hours', 'Closing date', 'Places']) {
      await expect(page.getByRole('term').filter({ hasText: term })).toBeVisible();
    }
    await expect(page.getByText(/^Checked on \d{1,2} \w+ \d{4}$/)).toBeVisible();
    await expect(page.getByRole('link', { name: /\/vacancies\/[0-9a-f-]{36}$/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('a search word finds the words employers use, and spelling mistakes are forgiven', async ({ page }) => {
  await test.step('"hairdressing" among jobs finds stylists', async () => {
    await page.goto('/vacancies');
    await page.getByRole('list', { name: 'What you are looking for' }).getByRole('link', { name: /^Jobs/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ jobs found$/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'What kind of work?' }).fill('hairdressing');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=hairdressing/);
    await expect(page).toHaveURL(/type=job/);
    const results = page.getByRole('list', { name: 'Jobs and training found' });
    await expect(results.getByRole('link', { name: /stylist/i }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('"mechanik" finds mechanics', async () => {
    await page.goto('/vacancies');
    await page.getByRole('searchbox', { name: 'What kind of work?' }).fill('mechanik');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=mechanik/);
    await expect(page.getByText('Nothing matched “mechanik”, so these are for “mechanic”.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link', { name: /mechanic/i }).first()).toBeVisible();
  });
});

test('jobs near a postcode are sorted nearest first and say how far away they are', async ({ page }) => {
  await page.goto('/vacancies?type=job&postcode=HX7+8AD&distance=3&sort=distance');
  const facts = page.getByRole('list', { name: 'Jobs and training found' }).getByRole('list', { name: 'Facts' });
  await expect(facts.first()).toBeVisible();
  const distances = await facts.getByText(/miles? away$/).allTextContents();
  expect(distances.length).toBeGreaterThan(0);
  const miles = distances.map((text) => Number.parseFloat(text));
  expect(miles.every((value) => value <= 3)).toBe(true);
  expect([...miles].sort((a, b) => a - b)).toEqual(miles);
  await expectNoAxeViolations(page);
});

test('"no experience needed" shows only ones you can start with no experience', async ({ page }) => {
  await page.goto('/vacancies?type=job&sort=closing');
  const heading = page.getByRole('heading', { level: 2, name: /^\d+ jobs found$/ });
  const allJobsText = (await heading.textContent()) ?? '';
  // The tick box's input is visually hidden inside its label (react-aria), so tick it the way a keyboard user does.
  const noExperience = page.getByRole('checkbox', { name: 'Only ones where you need no experience' });
  await noExperience.focus();
  await page.keyboard.press('Space');
  await expect(noExperience).toBeChecked();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/noExperience=yes/);
  await expect(heading).not.toHaveText(allJobsText);
  const allJobs = Number.parseInt(allJobsText, 10);
  const fewerJobs = Number.parseInt((await heading.textContent()) ?? '', 10);
  expect(fewerJobs).toBeGreaterThan(0);
  expect(fewerJobs).toBeLessThan(allJobs);
  const cards = page.getByRole('list', { name: 'Jobs and training found' }).getByRole('listitem').filter({ has: page.getByRole('link') });
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    await expect(cards.nth(index).getByText('No experience needed', { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test('a postcode that is not a postcode gets a clear message, not a crash', async ({ page }) => {
  await page.goto('/vacancies');
  await page.getByRole('textbox', { name: 'Your postcode' }).fill('Halifax');
  await page.getByRole('button', { name: 'Search' }).click();
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Enter a postcode, like HX1 2SP, or the first part of one, like HX1' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Find a job or training/);
  await expectNoAxeViolations(page);
});

test('no results suggests a wider search and someone to ask', async ({ page }) => {
  await page.goto('/vacancies?q=zzzzqqqq&type=volunteering');
  await expect(page.getByRole('heading', { level: 2, name: 'No volunteering roles found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search without the words "zzzzqqqq"' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ask your adviser to help you find something' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a job paying the minimum wage for your age shows what that is at 17', async ({ page }) => {
  await page.goto('/vacancies?type=job&age=17');
  const card = page
    .getByRole('list', { name: 'Jobs and training found' })
    .getByRole('listitem')
    .filter({ hasText: 'At least £8.00 an hour for you (the legal minimum at 17)' })
    .first();
  await expect(card).toBeVisible();
  const title = (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
  await card.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'At least £8.00 an hour for you (the legal minimum at 17)' })).toBeVisible();
  await expectNoAxeViolations(page);

  await test.step('without an age it asks for one, and shows the pay once chosen', async () => {
    await page.goto(page.url().replace(/\?.*$/, ''));
    await expect(page.getByRole('definition').filter({ hasText: 'The legal minimum for your age – add your age to see it' })).toBeVisible();
    await page.getByRole('combobox', { name: 'How old are you?' }).selectOption('19');
    await page.getByRole('button', { name: 'Show my pay' }).click();
    await expect(page.getByRole('definition').filter({ hasText: 'At least £10.85 an hour for you (the legal minimum at 19)' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('a young person signs in to save a job, finds it on their page and asks their adviser about it', async ({ page }) => {
  let title = '';
  let jobUrl = '';

  await test.step('saving asks them to sign in, then brings them back to save it', async () => {
    await page.goto('/vacancies?type=job');
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/vacancies\/[0-9a-f-]{36}$/);
    title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    jobUrl = page.url();
    await page.getByRole('link', { name: 'Sign in to save this job' }).click();
    await makeNewYoungPersonAccount(page, 'Kai');
    await expect(page).toHaveURL(jobUrl);
    await page.getByRole('button', { name: 'Save this job' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved. You can find it on your page.');
    await expect(page.getByRole('button', { name: /Saved ✓/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('the job is on their own page', async () => {
    await page.goto('/my');
    await expect(page.getByRole('list', { name: 'Jobs and training you saved' }).getByRole('link', { name: new RegExp(`^${escapeRegExp(title)} with `) })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('they ask their adviser to get in touch about it', async () => {
    await page.goto(jobUrl);
    await page.getByRole('link', { name: 'Ask my adviser to contact me about this' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ask your adviser' })).toBeVisible();
    await expect(page.getByText(title, { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send to my adviser' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The advice team has your message' })).toBeVisible();
  });
});

test("another council's vacancy looks exactly like a missing one", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'ns_area', value: 'northvale', url: baseURL! }]);
  await page.goto('/vacancies?type=job');
  const northvaleLink = page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link', { name: /Northvale/ }).first();
  await expect(northvaleLink).toBeVisible();
  const href = (await northvaleLink.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/vacancies\/[0-9a-f-]{36}$/);
  expect((await page.goto(href))?.status()).toBe(200);

  await context.clearCookies();
  const response = await page.goto(href);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a link that is not a vacancy is not found, not a crash', async ({ page }) => {
  expect((await page.goto('/vacancies/not-a-vacancy'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect((await page.goto('/vacancies/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
  expect((await page.goto("/vacancies/00000000-0000-4000-8000-000000000000'--"))?.status()).toBe(404);
});

test('without JavaScript, browsing by picture still reaches a vacancy', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vacancies');
  await page.getByRole('list', { name: 'What you are looking for' }).getByRole('link', { name: /^Volunteering/ }).click();
  await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'What they want' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Unpaid (volunteering)' })).toBeVisible();
  await context.close();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
