import sharp from 'sharp';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

/** A new council area of this test's own, with one published course (test-only route). */
async function makeTestArea(
  request: APIRequestContext,
  options: { areaName: string; courseTitle: string; hosts?: string[]; courseCategory?: string; vacancyCategories?: string[] },
) {
  const response = await request.post('/api/test/area', { data: options });
  if (!response.ok()) throw new Error(`Could not make the area: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { id: string; slug: string; courseSlug: string };
}

/** A visitor who is not signed in and chose this area, by the council's own link to it (decision 042). */
async function visitorOf(browser: Browser, baseURL: string | undefined, areaSlug: string) {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto(`/area/${areaSlug}`);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

/** A page's HTML without the comments React puts between text parts. */
const htmlOf = async (response: { text(): Promise<string> }) => (await response.text()).replaceAll('<!-- -->', '');

const title = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

test('a council’s own link chooses its area for a visitor, and the areas page offers every area', async ({ browser, baseURL, request }) => {
  const letters = uniqueLetters();
  const areaName = `Linkvale ${title(letters)}`;
  const area = await makeTestArea(request, { areaName, courseTitle: `Link course ${letters}` });
  const page = await (await browser.newContext({ baseURL })).newPage();

  await page.goto(`/area/${area.slug}?next=/courses`);
  await expect(page).toHaveURL(/\/courses$/);
  await expect(page.getByText(`Courses, apprenticeships and training in ${areaName}.`)).toBeVisible();

  await page.getByRole('contentinfo').getByRole('link', { name: 'Your council area' }).click();
  await expect(page.getByText(`You see ${areaName} now.`)).toBeVisible();
  await expect(page.getByRole('link', { name: `${areaName} (the one you see now)` })).toHaveAttribute('aria-current', 'true');
  await expectNoAxeViolations(page);
  await page.getByRole('list', { name: 'Council areas' }).getByRole('link', { name: 'Northvale', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/courses');
  await expect(page.getByText('Courses, apprenticeships and training in Northvale.')).toBeVisible();

  // The next page is always one of this service's: never another site.
  await page.goto(`/area/${area.slug}?next=//evil.example/`);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  // An old or mistyped link offers the areas to choose from.
  await page.goto('/area/nowhere-at-all');
  await expect(page).toHaveURL(/\/areas$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your council area' })).toBeVisible();
});

test('a visitor who is not signed in sees the area of the host name they came to; localhost works as before', async ({ request }) => {
  const letters = uniqueLetters();
  const host = `${letters}.nextsteps.example`;
  const area = await makeTestArea(request, { areaName: `Hostvale ${title(letters)}`, courseTitle: `Host course ${letters}`, hosts: [host] });

  const byHost = await request.get('/courses', { headers: { host } });
  expect(byHost.status()).toBe(200);
  expect(await htmlOf(byHost)).toContain(`Courses, apprenticeships and training in Hostvale ${title(letters)}.`);
  const course = await request.get(`/courses/${area.courseSlug}`, { headers: { host: `${host.toUpperCase()}:443` } });
  expect(course.status()).toBe(200);
  expect(await htmlOf(course)).toContain(`Host course ${letters}`);

  // Plain localhost matches no area's host: the first area (Calderdale), as before, without the other area's course.
  const local = await request.get('/courses');
  expect(await htmlOf(local)).toContain('Courses, apprenticeships and training in Calderdale.');
  expect((await request.get(`/courses/${area.courseSlug}`)).status()).toBe(404);

  // x-forwarded-host is not trusted unless the deployment says its proxy sets it (TRUST_PROXY_HOST=1).
  const forwarded = await request.get(`/courses/${area.courseSlug}`, { headers: { 'x-forwarded-host': host } });
  expect(forwarded.status()).toBe(404);
});

test('an area shares its courses with a neighbour, marked with its name; it stops; the neighbour cannot change it', async ({ browser, request, baseURL }) => {
  test.setTimeout(180_000);
  const letters = uniqueLetters();
  const aName = `Aysgarth ${title(letters)}`;
  const bName = `Birstall ${title(letters)}`;
  const courseTitle = `Sharedwork ${letters}`;
  const a = await makeTestArea(request, { areaName: aName, courseTitle: `Own course ${letters}` });
  const b = await makeTestArea(request, { areaName: bName, courseTitle, courseCategory: 'painting-and-decorating' });
  const bAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Bea ${uniqueLetters()}`, laSlug: b.slug });
  const aAdmin = await makeTestStaff(request, { role: 'la_admin', name: `Abe ${uniqueLetters()}`, laSlug: a.slug });

  const visitor = await visitorOf(browser, baseURL, a.slug);
  const search = async () => visitor.goto(`/courses?q=${encodeURIComponent(courseTitle)}`);
  const bAdminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(bAdminPage, bAdmin.email, /\/admin$/);

  await test.step('before sharing, area A does not show area B’s course', async () => {
    await search();
    await expect(visitor.getByRole('link', { name: courseTitle, exact: true })).toHaveCount(0);
    expect((await visitor.goto(`/courses/${b.courseSlug}`))?.status()).toBe(404);
  });

  await test.step('B’s admin shares with A, and it is logged', async () => {
    await bAdminPage.getByRole('link', { name: 'Share your courses with other areas' }).click();
    await expect(bAdminPage.getByRole('heading', { level: 1, name: 'Share your courses with other areas' })).toBeVisible();
    await expectNoAxeViolations(bAdminPage);
    await bAdminPage.getByRole('button', { name: `Share our courses with ${aName}` }).click();
    await expect(bAdminPage.getByRole('status')).toHaveText(`Young people in ${aName} can now see your courses.`);
    await expect(bAdminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Started sharing our courses with ${aName}`);
    await expectNoAxeViolations(bAdminPage);
  });

  await test.step('A’s search and course page show B’s course, marked with B’s name', async () => {
    await search();
    const result = visitor.getByRole('listitem').filter({ has: visitor.getByRole('link', { name: courseTitle, exact: true }) });
    await expect(result).toContainText(`In ${bName}`);
    await result.getByRole('link', { name: courseTitle, exact: true }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: courseTitle })).toBeVisible();
    await expect(visitor.getByText(`In ${bName}`, { exact: true })).toBeVisible();
    await expect(visitor.getByRole('heading', { name: 'How to apply' })).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'Apply for this course' })).toHaveCount(0);
    await expectNoAxeViolations(visitor);
  });

  await test.step('A’s Explore suggests B’s course too, marked with B’s name, as course search does', async () => {
    await visitor.goto('/explore/work/decorator');
    const courses = visitor.getByRole('list', { name: 'Courses' });
    const suggestion = courses.getByRole('listitem').filter({ has: visitor.getByRole('link', { name: courseTitle, exact: true }) });
    await expect(suggestion).toContainText(`In ${bName}`);
    await expectNoAxeViolations(visitor);
  });

  await test.step('A’s admin cannot change B’s sharing, even by editing the form', async () => {
    const aAdminPage = await (await browser.newContext({ baseURL })).newPage();
    await signInAsStaff(aAdminPage, aAdmin.email, /\/admin$/);
    await aAdminPage.goto('/admin/sharing');
    // A's page is about A's own courses: B shares with A, but A does not share with B.
    const bRow = aAdminPage.getByRole('row').filter({ has: aAdminPage.getByRole('rowheader', { name: bName }) });
    await expect(bRow.getByRole('cell', { name: 'No', exact: true })).toBeVisible();
    // The form names only the other area; pointing it at A's own area is refused.
    await bRow.locator('input[name="toLaId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), a.id);
    await bRow.getByRole('button', { name: `Share our courses with ${bName}` }).click();
    await expect(aAdminPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await search();
    await expect(visitor.getByRole('link', { name: courseTitle, exact: true })).toBeVisible();
  });

  await test.step('B stops sharing, and the course disappears from A', async () => {
    await bAdminPage.goto('/admin/sharing');
    await bAdminPage.getByRole('button', { name: `Stop sharing our courses with ${aName}` }).click();
    await expect(bAdminPage.getByRole('status')).toHaveText(`Young people in ${aName} can no longer see your courses.`);
    await search();
    await expect(visitor.getByRole('link', { name: courseTitle, exact: true })).toHaveCount(0);
    expect((await visitor.goto(`/courses/${b.courseSlug}`))?.status()).toBe(404);
    await visitor.goto('/explore/work/decorator');
    await expect(visitor.getByRole('link', { name: courseTitle, exact: true })).toHaveCount(0);
  });
});

test('a council uses its own words for a type of work and hides a kind of work, in its area only', async ({ browser, request, baseURL }) => {
  test.setTimeout(180_000);
  const letters = uniqueLetters();
  const areaName = `Cowling ${title(letters)}`;
  const area = await makeTestArea(request, { areaName, courseTitle: `Words course ${letters}` });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Cat ${uniqueLetters()}`, laSlug: area.slug });
  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(adminPage, admin.email, /\/admin$/);
  const words = `Build new homes by the ${letters} canal.`;

  await adminPage.getByRole('link', { name: 'Types of work in your area' }).click();
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Types of work in your area' })).toBeVisible();
  await expectNoAxeViolations(adminPage);
  await adminPage.getByRole('link', { name: 'Building and construction' }).click();
  await expect(adminPage.getByRole('heading', { level: 1, name: `Building and construction in ${areaName}` })).toBeVisible();
  await expectNoAxeViolations(adminPage);

  await test.step('too many words are refused, next to the box, and nothing typed is lost', async () => {
    await adminPage.getByLabel(`Words for Building and construction in ${areaName}`).fill('x'.repeat(201));
    await adminPage.getByRole('button', { name: 'Save changes' }).click();
    await expect(adminPage.getByRole('alert').first()).toContainText('200 characters or fewer');
    await expect(adminPage.getByLabel(`Words for Building and construction in ${areaName}`)).toHaveValue('x'.repeat(201));
    await expectNoAxeViolations(adminPage);
  });

  const firstHide = adminPage.getByRole('checkbox', { name: /^Hide / }).first();
  const hiddenKind = ((await firstHide.evaluate((box) => box.closest('label')?.textContent ?? '')) || '').replace(/^Hide /, '').replace(` in ${areaName}`, '').trim();
  await adminPage.getByLabel(`Words for Building and construction in ${areaName}`).fill(words);
  await firstHide.check({ force: true });
  await adminPage.getByRole('button', { name: 'Save changes' }).click();
  await expect(adminPage.getByRole('status')).toHaveText('Saved. Young people in your area see the new words now.');
  await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText('Changed the words for Building and construction');
  await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText(`Hid ${hiddenKind}`);

  const visitor = await visitorOf(browser, baseURL, area.slug);
  await visitor.goto('/categories/building-and-construction');
  await expect(visitor.getByText(words)).toBeVisible();
  await expect(visitor.getByRole('heading', { level: 3, name: hiddenKind, exact: true })).toHaveCount(0);
  await expectNoAxeViolations(visitor);

  // Another area (Calderdale, the default) keeps the service's words and every kind of work.
  const other = await (await browser.newContext({ baseURL })).newPage();
  await other.goto('/categories/building-and-construction');
  await expect(other.getByText('Build, fix and finish houses, roads and other buildings.')).toBeVisible();
  await expect(other.getByText(words)).toHaveCount(0);
  await expect(other.getByRole('heading', { level: 3, name: hiddenKind, exact: true })).toBeVisible();
});

test('a council uses a photo of its own for a type of work, made small; only its area sees it, and it can go back', async ({ browser, request, baseURL }) => {
  test.setTimeout(180_000);
  const letters = uniqueLetters();
  const areaName = `Cragg ${title(letters)}`;
  const area = await makeTestArea(request, { areaName, courseTitle: `Picture course ${letters}` });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Pix ${uniqueLetters()}`, laSlug: area.slug });
  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(adminPage, admin.email, /\/admin$/);
  await adminPage.goto('/admin/categories?area=building-and-construction');
  await adminPage.getByRole('link', { name: 'Picture for Building and construction' }).click();
  await expect(adminPage.getByRole('heading', { level: 1, name: `Picture for Building and construction in ${areaName}` })).toBeVisible();
  await expect(adminPage.getByText('The picture every area uses.')).toBeVisible();
  await expectNoAxeViolations(adminPage);

  await test.step('a photo without words, and a file that is not a photo, are refused with messages', async () => {
    const form = adminPage.getByRole('form', { name: 'Use a photo of your own' });
    await form.getByLabel('The photo', { exact: true }).setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });
    await form.getByRole('button', { name: 'Use this photo' }).click();
    await expect(adminPage.getByRole('alert').getByRole('link', { name: 'Say what the photo shows, for people who cannot see it' })).toBeVisible();
    await form.getByLabel('What the photo shows').fill('Builders on a roof');
    await form.getByLabel('The photo', { exact: true }).setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });
    await form.getByRole('button', { name: 'Use this photo' }).click();
    await expect(adminPage.getByRole('alert').getByRole('link', { name: /photo/i }).first()).toBeVisible();
    await expect(form.getByLabel('What the photo shows')).toHaveValue('Builders on a roof');
    await expectNoAxeViolations(adminPage);
  });

  let pictureAddress = '';
  await test.step('a large photo is made small and shown to young people in this area only', async () => {
    const big = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c0392b' } }).jpeg().toBuffer();
    const form = adminPage.getByRole('form', { name: 'Use a photo of your own' });
    await form.getByLabel('The photo', { exact: true }).setInputFiles({ name: 'roof.jpg', mimeType: 'image/jpeg', buffer: big });
    await form.getByRole('button', { name: 'Use this photo' }).click();
    await expect(adminPage.getByRole('status')).toHaveText('Saved. Young people in your area see your picture now.');
    await expect(adminPage.getByText('Your area’s own picture.')).toBeVisible();

    const visitor = await visitorOf(browser, baseURL, area.slug);
    await visitor.goto('/categories');
    const card = visitor.getByRole('link', { name: /Building and construction/ }).getByRole('img');
    await expect(card).toHaveAttribute('alt', 'Builders on a roof');
    pictureAddress = (await card.getAttribute('src')) ?? '';
    expect(pictureAddress).toMatch(/^\/api\/category-pictures\/[0-9a-f-]{36}\?v=[0-9a-f]{8}$/);
    const served = await visitor.request.get(pictureAddress);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/jpeg');
    const { width, height } = await sharp(await served.body()).metadata();
    expect(Math.max(width ?? 0, height ?? 0)).toBeLessThanOrEqual(256);
    await expectNoAxeViolations(visitor);

    // Calderdale (the default area) keeps the service's picture and cannot load this one.
    const other = await (await browser.newContext({ baseURL })).newPage();
    await other.goto('/categories');
    await expect(other.getByRole('link', { name: /Building and construction/ }).locator('img')).not.toHaveAttribute('src', /category-pictures/);
    expect((await other.request.get(pictureAddress)).status()).toBe(404);
  });

  await test.step('the council goes back to the picture every area uses', async () => {
    await adminPage.getByRole('button', { name: 'Use the picture every area uses' }).click();
    await expect(adminPage.getByRole('status')).toHaveText('Saved. Your area uses the service’s picture again.');
    await adminPage.goto('/admin/categories');
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText('Changed the picture for Building and construction');
    await expect(adminPage.getByRole('list', { name: 'Recent changes' })).toContainText('Went back to the service\'s picture for Building and construction');
    const visitor = await visitorOf(browser, baseURL, area.slug);
    expect((await visitor.request.get(pictureAddress)).status()).toBe(404);
  });
});

/** A council admin uses a photo of their own for one type of work (on its picture page). */
async function useOwnPhoto(adminPage: Page, categoryName: string, alt: string, colour: string) {
  await adminPage.getByRole('link', { name: `Picture for ${categoryName}`, exact: true }).click();
  const form = adminPage.getByRole('form', { name: 'Use a photo of your own' });
  const photo = await sharp({ create: { width: 600, height: 600, channels: 3, background: colour } }).jpeg().toBuffer();
  await form.getByLabel('The photo', { exact: true }).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo });
  await form.getByLabel('What the photo shows').fill(alt);
  await form.getByRole('button', { name: 'Use this photo' }).click();
  await expect(adminPage.getByRole('status')).toHaveText('Saved. Young people in your area see your picture now.');
}

test('a council’s own pictures, words and hidden kinds of work show on the search pages and in Explore, in its area only', async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const letters = uniqueLetters();
  const areaName = `Clayton ${title(letters)}`;
  const area = await makeTestArea(request, {
    areaName,
    courseTitle: `Decorating course ${letters}`,
    courseCategory: 'painting-and-decorating',
    vacancyCategories: ['plumbing', 'gas-fitting', 'painting-and-decorating', 'carpentry-and-joinery'],
  });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Sky ${uniqueLetters()}`, laSlug: area.slug });
  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(adminPage, admin.email, /\/admin$/);
  const words = `Build new homes by the ${letters} canal.`;
  const areaPage = '/admin/categories?area=building-and-construction';

  await test.step('the admin sets words and a photo for Building and construction, a photo for decorating, and hides plumbing and gas fitting', async () => {
    await adminPage.goto(areaPage);
    await adminPage.getByLabel(`Words for Building and construction in ${areaName}`).fill(words);
    await adminPage.getByRole('checkbox', { name: `Hide Plumbing in ${areaName}` }).check({ force: true });
    await adminPage.getByRole('checkbox', { name: `Hide Gas fitting in ${areaName}` }).check({ force: true });
    await adminPage.getByRole('button', { name: 'Save changes' }).click();
    await expect(adminPage.getByRole('status')).toHaveText('Saved. Young people in your area see the new words now.');
    await useOwnPhoto(adminPage, 'Building and construction', 'Builders on a roof', '#c0392b');
    await adminPage.goto(areaPage);
    await useOwnPhoto(adminPage, 'Painting and decorating', 'A painter on a ladder', '#2e86c1');
  });

  const visitor = await visitorOf(browser, baseURL, area.slug);

  await test.step('the vacancy search shows the area’s photo and words, and no card for a hidden kind of work', async () => {
    await visitor.goto('/vacancies');
    const card = visitor.getByRole('list', { name: 'Areas of work' }).getByRole('link', { name: /Building and construction/ });
    await expect(card.getByRole('img')).toHaveAttribute('alt', 'Builders on a roof');
    await expect(card.getByRole('img')).toHaveAttribute('src', /^\/api\/category-pictures\//);
    await expect(card).toContainText(words);
    await expectNoAxeViolations(visitor);
    await visitor.setViewportSize({ width: 393, height: 851 });
    await visitor.screenshot({ path: test.info().outputPath('vacancy-landing-phone.png'), fullPage: true });
    await visitor.setViewportSize({ width: 1280, height: 800 });

    await card.click();
    const kinds = visitor.getByRole('list', { name: 'Kinds of work' });
    await expect(kinds.getByRole('link', { name: /Painting and decorating/ }).getByRole('img')).toHaveAttribute('alt', 'A painter on a ladder');
    await expect(kinds.getByRole('link', { name: /Carpentry/ })).toBeVisible();
    await expect(kinds.getByRole('link', { name: /Plumbing|Gas fitting/ })).toHaveCount(0);
    await expectNoAxeViolations(visitor);

    // A search for a hidden kind of work still finds its vacancies (decision 035).
    await visitor.goto('/vacancies?area=building-and-construction&kind=plumbing');
    await expect(visitor.getByRole('link', { name: `${areaName} plumbing place` })).toBeVisible();
  });

  await test.step('results and pages that show a kind of work’s picture show the area’s photo', async () => {
    await visitor.goto('/vacancies?area=building-and-construction&kind=painting-and-decorating');
    const row = visitor.getByRole('listitem').filter({ has: visitor.getByRole('link', { name: `${areaName} painting-and-decorating place` }) });
    await expect(row.getByRole('img', { name: 'A painter on a ladder' })).toHaveAttribute('src', /^\/api\/category-pictures\//);
    await row.getByRole('link', { name: `${areaName} painting-and-decorating place` }).click();
    await expect(visitor.getByRole('img', { name: 'A painter on a ladder' })).toHaveAttribute('src', /^\/api\/category-pictures\//);
    await expectNoAxeViolations(visitor);
    await visitor.goto(`/courses?q=${letters}`);
    await visitor.getByRole('link', { name: `Decorating course ${letters}` }).click();
    await expect(visitor.getByRole('img', { name: 'A painter on a ladder' })).toHaveAttribute('src', /^\/api\/category-pictures\//);
    await expectNoAxeViolations(visitor);
  });

  await test.step('the course search shows the area’s photo and words', async () => {
    await visitor.goto('/courses');
    const card = visitor.getByRole('list', { name: 'Types of course' }).getByRole('link', { name: /Building and construction/ });
    await expect(card.getByRole('img')).toHaveAttribute('alt', 'Builders on a roof');
    await expect(card).toContainText(words);
  });

  await test.step('Explore shows the area’s photo, and leaves out a kind of work whose every way in is hidden', async () => {
    await visitor.goto('/explore/matches');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Your matches' })).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'Plumber and heating engineer', exact: true })).toHaveCount(0);
    await expect(visitor.getByRole('link', { name: 'Painter and decorator', exact: true }).first()).toBeVisible();
    await expectNoAxeViolations(visitor);
    await visitor.getByRole('link', { name: 'Painter and decorator', exact: true }).first().click();
    await expect(visitor.getByRole('img', { name: 'A painter on a ladder' })).toHaveAttribute('src', /^\/api\/category-pictures\//);
    await expect(visitor.getByRole('list', { name: 'Courses' })).toContainText(`Decorating course ${letters}`);
    await expectNoAxeViolations(visitor);
  });

  await test.step('an employer in the area chooses the kind of work from the area’s own pictures', async () => {
    const employer = await makeTestStaff(request, {
      role: 'employer_staff',
      name: `Em ${uniqueLetters()}`,
      laSlug: area.slug,
      newEmployerName: `Clayton Decorators ${title(letters)}`,
      newEmployerCheckedDaysAgo: 0,
    });
    const employerPage = await (await browser.newContext({ baseURL })).newPage();
    await signInAsStaff(employerPage, employer.email, /\/employer$/);
    await employerPage.goto('/employer/vacancies/new');
    await expect(employerPage.getByRole('radio', { name: 'Painting and decorating' })).toBeAttached();
    // Painting and decorating's photo is the council's own; Building and construction is a heading, not a choice.
    await expect(employerPage.locator('img[src^="/api/category-pictures/"]')).toHaveCount(1);
    await employerPage.context().close();
  });

  await test.step('another area (Calderdale) keeps the service’s pictures and words, and every kind of work', async () => {
    const other = await (await browser.newContext({ baseURL })).newPage();
    await other.goto('/vacancies');
    const card = other.getByRole('list', { name: 'Areas of work' }).getByRole('link', { name: /Building and construction/ });
    await expect(card.locator('img')).not.toHaveAttribute('src', /category-pictures/);
    await expect(card).not.toContainText(words);
    await other.goto('/explore/matches');
    await expect(other.getByRole('link', { name: 'Plumber and heating engineer', exact: true })).toBeVisible();
    await other.goto('/explore/work/decorator');
    await expect(other.locator('main img').first()).not.toHaveAttribute('src', /category-pictures/);
  });
});

test('“Vacancies open” on the admin home counts only what young people in the area can see', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const letters = uniqueLetters();
  const area = await makeTestArea(request, {
    areaName: `Countvale ${title(letters)}`,
    courseTitle: `Count course ${letters}`,
    vacancyCategories: ['plumbing', 'carpentry-and-joinery'],
  });
  const employerName = `Count Shop ${title(letters)}`;
  const employer = await makeTestStaff(request, { role: 'employer_staff', name: `Em ${uniqueLetters()}`, laSlug: area.slug, newEmployerName: employerName, newEmployerCheckedDaysAgo: 0 });
  const made = await request.post('/api/test/vacancy', { data: { laSlug: area.slug, title: `Count job ${letters}`, employerSlug: employer.employerSlug } });
  expect(made.ok()).toBe(true);
  const admin = await makeTestStaff(request, { role: 'la_admin', name: `Cy ${uniqueLetters()}`, laSlug: area.slug });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInAsStaff(page, admin.email, /\/admin$/);
  const vacanciesOpen = page.locator('dt:text-is("Vacancies open") + dd');

  // The college's two and the employer's one.
  await expect(vacanciesOpen).toHaveText('3');
  await page.goto('/admin/providers');
  await page.getByRole('button', { name: `Suspend ${employerName}` }).click();
  await expect(page.getByRole('status')).toHaveText(`${employerName} is suspended. Young people cannot see their vacancies.`);
  await page.goto('/admin');
  await expect(vacanciesOpen).toHaveText('2');
  await page.context().close();
});
