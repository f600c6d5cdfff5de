import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { randomMobile, readCodeFromOutbox } from '../fixtures/sign-in';

test('a young person with no email makes an account with their mobile number, then signs out', async ({ page }) => {
  const phone = randomMobile();

  await test.step('they ask for a code on the sign-in page', async () => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Your mobile number' }).fill(phone.typed);
    await page.getByRole('button', { name: 'Send me a code' }).click();
  });

  await test.step('they type the code from the text message', async () => {
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await expect(page.getByText(`07••• •••${phone.e164.slice(-3)}`)).toBeVisible();
    await expectNoAxeViolations(page);
    const code = await readCodeFromOutbox(page, phone.e164);
    await page.getByRole('textbox', { name: 'Your code' }).fill(code);
    await page.getByRole('button', { name: 'Sign in' }).click();
  });

  await test.step('they give their first name and choose their area', async () => {
    await expect(page.getByRole('heading', { name: 'Make your account' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Enter your first name' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await page.getByRole('textbox', { name: 'Your first name' }).fill('Kai');
    const calderdale = page.getByRole('radio', { name: 'Calderdale' });
    await calderdale.focus();
    await page.keyboard.press('Space');
    await expect(calderdale).toBeChecked();
    await page.getByRole('button', { name: 'Make my account' }).click();
  });

  await test.step('they land on their own page', async () => {
    await expect(page.getByRole('heading', { name: 'Hello Kai' })).toBeVisible();
    await expect(page.getByText('Young person · Calderdale')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Types of work' }).first().click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My page' }).click();
    await expect(page.getByRole('heading', { name: 'Hello Kai' })).toBeVisible();
  });

  await test.step('signing out ends the session: their page asks them to sign in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My page' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await page.goto('/my');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await expect(page.getByText('Hello Kai')).toHaveCount(0);
  });
});
