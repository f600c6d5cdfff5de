import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('an answer changed on two devices keeps the newest, and the other is kept as a note to use or dismiss', async ({ page, context, browser }) => {
  test.setTimeout(120_000);
  const why = page.getByRole('textbox', { name: 'Why would you like to work with cars?' });
  let questionsPath = '';

  await test.step('a young person starts an application and opens its questions', async () => {
    await page.goto('/sign-in');
    await makeNewYoungPersonAccount(page, 'Nadia');
    await page.goto('/vacancies?q=greeter');
    await page.getByRole('list', { name: 'Jobs and training found' }).getByRole('link', { name: /Trainee showroom greeter/ }).click();
    await page.getByRole('link', { name: 'Apply for this job' }).click();
    await page.getByRole('button', { name: 'Start my application' }).click();
    await page.getByRole('link', { name: 'Answer their questions' }).click();
    await expect(why).toBeVisible();
    questionsPath = new URL(page.url()).pathname;
  });

  await test.step('with no signal on the phone, they write an answer: it is kept on the phone', async () => {
    await context.setOffline(true);
    await why.fill('Written on my phone on the bus.');
    await expect(page.getByText('Saved on this phone. We will send it when you are online.')).toBeVisible();
  });

  await test.step('later, on another device, they write a different answer and it is saved', async () => {
    const laptop = await browser.newContext({ storageState: await context.storageState() });
    const other = await laptop.newPage();
    await other.goto(questionsPath);
    const otherWhy = other.getByRole('textbox', { name: 'Why would you like to work with cars?' });
    await otherWhy.fill('Written on the library computer.');
    await expect(other.getByText('Saved', { exact: true })).toBeVisible();
    await laptop.close();
  });

  await test.step('the phone gets signal: the newest answer stays, and the phone’s words are kept as a note', async () => {
    await context.setOffline(false);
    const note = page.getByRole('region', { name: 'You also wrote this on another device:' });
    await expect(note).toBeVisible();
    await expect(note).toContainText('Written on my phone on the bus.');
    await expect(why).toHaveValue('Written on the library computer.');
    await expectNoAxeViolations(page);
  });

  await test.step('the note is still there after a reload, and "Use this one" makes it the answer', async () => {
    await page.reload();
    const note = page.getByRole('region', { name: 'You also wrote this on another device:' });
    await note.getByRole('button', { name: 'Use this one' }).click();
    await expect(note).toBeHidden();
    await expect(why).toHaveValue('Written on my phone on the bus.');
    await page.reload();
    await expect(why).toHaveValue('Written on my phone on the bus.');
  });
});
