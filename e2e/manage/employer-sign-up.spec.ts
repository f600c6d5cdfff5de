import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { readCodeFromOutbox } from '../fixtures/sign-in';
import { uniqueLetters } from '../fixtures/staff';
import { expectInSearch, postVacancy } from './vacancy-form';

test('a new employer signs up, posts a vacancy, and it waits for the council', async ({ page }) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const organisation = `Mytholmroyd Motors ${word}`;
  const email = `owner-${word}@mytholmroyd.example`;
  const title = `Workshop helper ${word}`;

  await test.step('missing details are refused, naming each field', async () => {
    await page.goto('/sign-in/email');
    await page.getByRole('link', { name: 'New employer? Sign up to offer jobs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign up as an employer' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Sign up' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: 'Enter the name of the business or organisation' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter the full postcode of the workplace, like HX1 2SP' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
  });

  await test.step('they sign up and prove their email with a code', async () => {
    await page.getByLabel('Name of your business or organisation').fill(organisation);
    await page.getByLabel('Postcode of your workplace').fill('HX5 0AN');
    await page.getByLabel('Your name').fill('Kim Owner');
    await page.getByLabel('Your email address').fill(email);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Your code' }).fill(await readCodeFromOutbox(page, email));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/employer$/);
    await expect(page.getByText(`You work for ${organisation}.`)).toBeVisible();
  });

  await test.step('their vacancy waits: young people cannot find it yet', async () => {
    await page.goto('/employer/vacancies/new');
    await expect(page.getByText(`The council has not approved ${organisation} yet.`)).toBeVisible();
    await postVacancy(page, { title, summary: 'Help the mechanics, keep the workshop tidy and learn as you go.' });
    await expect(page.getByText('Waiting for the council to check it.')).toBeVisible();
    await expectInSearch(page, word, title, false);
  });
});
