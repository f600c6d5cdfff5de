import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';

test("nobody else can remove a young person's saved results, and job profiles that do not exist are not found", async ({ browser }) => {
  test.slow();
  const save = async (name: string, query: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/explore/matches?${query}`);
    await page.getByRole('button', { name: 'Save my results' }).click();
    await makeNewYoungPersonAccount(page, name);
    await page.getByRole('button', { name: 'Save my results' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved. You can see your results on your page.');
    await page.goto('/my');
    return { context, page };
  };

  const first = await save('Noor', 'like=animals');
  await expect(first.page.getByRole('list', { name: 'Results you saved' }).getByRole('link', { name: 'Farm and countryside worker' })).toBeVisible();
  // The id of Noor's result, as it sits in her Remove form.
  const noorsId = await first.page.getByRole('button', { name: /^Remove/ }).evaluate((button) => (button.closest('form')?.querySelector('input[name="id"]') as HTMLInputElement).value);

  const second = await save('Alfie', 'like=music');
  await second.page.getByRole('button', { name: /^Remove/ }).evaluate((button, id) => {
    (button.closest('form')!.querySelector('input[name="id"]') as HTMLInputElement).value = id;
  }, noorsId);
  await second.page.getByRole('button', { name: /^Remove/ }).click();
  await expect(second.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  await first.page.reload();
  await expect(first.page.getByRole('list', { name: 'Results you saved' }).getByRole('link', { name: 'Farm and countryside worker' })).toBeVisible();
  await second.page.goto('/my');
  await expect(second.page.getByRole('list', { name: 'Results you saved' }).getByRole('link', { name: 'Farm and countryside worker' })).toHaveCount(0);

  const response = await second.page.goto('/explore/work/astronaut');
  expect(response?.status()).toBe(404);
  await expect(second.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(second.page);
  await first.context.close();
  await second.context.close();
});
