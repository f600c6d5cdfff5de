import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { randomMobile, readCodeFromOutbox } from '../fixtures/sign-in';

test('a number that is not a UK mobile gets a clear message, and what was typed is kept', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Your mobile number' }).fill('01422 123456');
  await page.getByRole('button', { name: 'Send me a code' }).click();

  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary.getByText('There is a problem')).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Sign in/);
  const link = summary.getByRole('link', { name: 'Enter a UK mobile number, like 07700 900 123' });
  await expect(link).toHaveAttribute('href', '#phone');
  await expect(page.getByRole('textbox', { name: 'Your mobile number' })).toHaveValue('01422 123456');
  await expectNoAxeViolations(page);
});

test('a wrong code is refused, and after five wrong tries the code stops working', async ({ page }) => {
  const phone = randomMobile();
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Your mobile number' }).fill(phone.typed);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  const realCode = await readCodeFromOutbox(page, phone.e164);
  const wrongCode = realCode === '000000' ? '111111' : '000000';

  const codeBox = page.getByRole('textbox', { name: 'Your code' });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await codeBox.fill(wrongCode);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The form is reset when the server has answered; only then is the next try a new one.
    await expect(codeBox).toHaveValue('');
    await expect(page.getByRole('link', { name: 'That code is not right. Check the message and try again.' })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await codeBox.fill(realCode);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('You have typed a wrong code too many times. Ask for a new code.').first()).toBeVisible();
});

test('asking for too many codes for one number is stopped for a while', async ({ page }) => {
  const phone = randomMobile();
  for (let request = 1; request <= 5; request += 1) {
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Your mobile number' }).fill(phone.typed);
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  }
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Your mobile number' }).fill(phone.typed);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByText(/You have asked for too many codes\. Try again in \d+ minutes?\./).first()).toBeVisible();
});

test('a used code cannot be used again', async ({ page, browser }) => {
  const phone = randomMobile();
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Your mobile number' }).fill(phone.typed);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  const code = await readCodeFromOutbox(page, phone.e164);
  const pendingCookie = (await page.context().cookies()).find((cookie) => cookie.name === 'ns_sign_in');
  expect(pendingCookie).toBeDefined();

  await page.getByRole('textbox', { name: 'Your code' }).fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Make your account' })).toBeVisible();

  // Someone who copied the pending cookie tries the same code on another device.
  const other = await browser.newContext();
  await other.addCookies([pendingCookie!]);
  const otherPage = await other.newPage();
  await otherPage.goto('/sign-in/code');
  await otherPage.getByRole('textbox', { name: 'Your code' }).fill(code);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage.getByText('Your code has run out. Ask for a new code.').first()).toBeVisible();
  await other.close();
});
