import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { enrolKiosk } from '../fixtures/kiosk';
import { randomMobile, signInWithEmail } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('at a kiosk, a young person sends a job to their phone by QR code or text, and prints it', async ({ page, browser, request, baseURL }) => {
  // Several people sign in by code in one journey, on a machine shared with builds.
  test.setTimeout(180_000);
  await enrolKiosk(page, browser, request);
  let jobPath = '';
  let title = '';

  await test.step('they find a job without signing in', async () => {
    await page.goto('/vacancies?type=job');
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/vacancies\/[0-9a-f-]{36}$/);
    jobPath = new URL(page.url()).pathname;
    title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  });

  await test.step('"Send this to my phone" shows a QR code for the job', async () => {
    await page.getByRole('navigation', { name: 'This computer' }).getByRole('link', { name: 'Send this to my phone' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Send this to my phone' })).toBeVisible();
    await expect(page.getByRole('img', { name: `QR code for ${baseURL}${jobPath}` })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a number that is not a mobile gets a clear message', async () => {
    await page.getByRole('textbox', { name: 'Your mobile number' }).fill('12345');
    await page.getByRole('button', { name: 'Send the text' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' }).getByRole('link', { name: 'Enter a UK mobile number, like 07700 900 123' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a text goes to the number typed, and the number is not left on screen', async () => {
    const phone = randomMobile();
    await page.getByRole('textbox', { name: 'Your mobile number' }).fill(phone.typed);
    await page.getByRole('button', { name: 'Send the text' }).click();
    await expect(page.getByRole('status')).toHaveText('Sent. Check your phone for a text from Next Steps.');
    await expect(page.getByRole('textbox', { name: 'Your mobile number' })).toHaveValue('');
    const outbox = await page.context().newPage();
    await outbox.goto('/outbox');
    const message = outbox.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: phone.e164 });
    await expect(message).toContainText(`Here is the page you looked at on Next Steps: ${baseURL}${jobPath}`);
    await outbox.close();
  });

  await test.step('"Print this" makes a one-page card with the job and its QR code', async () => {
    await page.goto(jobPath);
    await page.getByRole('navigation', { name: 'This computer' }).getByRole('link', { name: 'Print this' }).click();
    const card = page.getByRole('article', { name: 'Card to print' });
    await expect(card.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(card.getByRole('img', { name: `QR code for ${baseURL}${jobPath}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print this card' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('"Ask someone here" reaches the staff on duty at that centre', async ({ page, browser, request }) => {
  // Several people sign in by code in one journey, on a machine shared with builds.
  test.setTimeout(180_000);
  const { label } = await enrolKiosk(page, browser, request);
  const adviser = await makeTestStaff(request, { role: 'adviser', name: `Kim ${uniqueLetters()}`, centreName: 'Halifax Youth Hub' });

  await test.step('one button asks for help', async () => {
    await page.getByRole('navigation', { name: 'This computer' }).getByRole('link', { name: 'Ask someone here' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ask someone here' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ask someone to come and help me' }).click();
    await expect(page.getByRole('status')).toHaveText(/We have told the staff at Halifax Youth Hub\. Someone will come to you\./);
  });

  await test.step('an adviser at the centre sees it and says they are on their way', async () => {
    const staffContext = await browser.newContext();
    const staffPage = await staffContext.newPage();
    await signInWithEmail(staffPage, adviser.email);
    const waiting = staffPage.getByRole('list', { name: 'People waiting at a kiosk' }).getByRole('listitem').filter({ hasText: `${label} at Halifax Youth Hub` });
    await expect(waiting).toBeVisible();
    await expectNoAxeViolations(staffPage);
    await waiting.getByRole('button', { name: 'I’m on my way' }).click();
    await expect(staffPage.getByRole('listitem').filter({ hasText: `${label} at Halifax Youth Hub` })).toHaveCount(0);
    await staffContext.close();
  });
});

test('kiosk pages are not found on anyone’s own phone or computer', async ({ page }) => {
  for (const path of ['/kiosk/send?path=/courses', '/kiosk/print?path=/courses', '/kiosk/ask']) {
    expect((await page.goto(path))?.status()).toBe(404);
  }
  await page.goto('/courses');
  await expect(page.getByRole('navigation', { name: 'This computer' })).toHaveCount(0);
});

test('at a kiosk, Explore needs no sign-in and the matches go to the young person’s phone by QR code', async ({ page, browser, request, baseURL }) => {
  test.setTimeout(120_000);
  await enrolKiosk(page, browser, request);
  const matches = '/explore/matches?like=fixing&way=hands';
  await page.goto(matches);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Car mechanic/ }).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'This computer' }).getByRole('link', { name: 'Send this to my phone' }).click();
  await expect(page.getByRole('img', { name: `QR code for ${baseURL}${matches}` })).toBeVisible();
});
