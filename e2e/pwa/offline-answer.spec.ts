import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('answers typed with no signal are kept on the phone and sent when the signal comes back', async ({ page, context }) => {
  test.setTimeout(120_000);
  const why = page.getByRole('textbox', { name: 'Why would you like to work with cars?' });

  await test.step('a young person starts an application and opens its questions', async () => {
    await page.goto('/sign-in');
    await makeNewYoungPersonAccount(page, 'Ravi');
    await page.goto('/vacancies?q=greeter');
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link', { name: /Trainee showroom greeter/ }).click();
    await page.getByRole('link', { name: 'Apply for this job' }).click();
    await page.getByRole('button', { name: 'Start my application' }).click();
    await page.getByRole('link', { name: 'Answer their questions' }).click();
    await expect(why).toBeVisible();
  });

  await test.step('with no signal, what they type is kept on the phone and they are told so', async () => {
    await context.setOffline(true);
    await why.fill('I love cars and fixing them.');
    await expect(page.getByText('Saved on this phone. We will send it when you are online.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('when the signal comes back it is sent', async () => {
    await context.setOffline(false);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  });

  await test.step('the answer is on the server: it is there after a reload', async () => {
    await page.reload();
    await expect(why).toHaveValue('I love cars and fixing them.');
  });

  await test.step('their profile is kept the same way, and saved once the signal is back', async () => {
    await page.goto('/applications/profile/statement');
    const about = page.getByRole('textbox', { name: 'About you' });
    await expect(about).toBeVisible();
    await context.setOffline(true);
    await about.fill('I am patient and I like people.');
    await expect(page.getByText('Saved on this phone. We will send it when you are online.')).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.reload();
    await expect(about).toHaveValue('I am patient and I like people.');
  });
});
