import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { uniqueLetters } from '../fixtures/staff';

test('when sending cannot reach us, the young person is told in plain words, nothing is lost, and they can try again', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const title = `Trainee florist ${uniqueLetters(8)}`;
  const made = await request.post('/api/test/vacancy', { data: { title } });
  const vacancy = (await made.json()) as { id: string };
  let checkUrl = '';

  await test.step('a young person gets as far as sending', async () => {
    await page.goto(`/apply?vacancy=${vacancy.id}`);
    await makeNewYoungPersonAccount(page, `Ify${uniqueLetters()}`);
    await page.getByRole('button', { name: 'Start my application' }).click();
    await page.getByRole('link', { name: 'Check and send' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your application' })).toBeVisible();
    checkUrl = page.url();
  });

  await test.step('the signal drops as they press Send: a friendly page, not a crash', async () => {
    // The form posts to its own page (a server action): fail exactly that request, as a lost signal would.
    await page.route(checkUrl, (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('button', { name: 'Send my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeFocused();
    await expect(page.getByText('Anything you saved is still saved. Your answers are not lost.')).toBeVisible();
    await expect(page).toHaveTitle(/^Sorry, something went wrong/);
    await expectNoAxeViolations(page);
  });

  await test.step('with the signal back, "Try again" brings the application back, still not sent', async () => {
    await page.unroute(checkUrl);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('button', { name: 'Send my application' })).toBeVisible();
    await page.goto('/applications');
    const entry = page.getByRole('list', { name: 'Your applications' }).getByRole('listitem').filter({ hasText: title });
    await expect(entry).toContainText('Not sent yet');
  });
});
