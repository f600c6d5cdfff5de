import { chooseRadio, itemIdFor, startCvAsNewYoungPerson } from '../cv/cv-helpers';
import { personalCacheHolds, personalCacheNames, waitForActiveServiceWorker } from '../fixtures/pwa';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('their CV can be read and changed offline, the change reaches the server, and signing out clears it', async ({ page, context, browser }) => {
  test.setTimeout(180_000);
  const body = page.getByRole('textbox', { name: /^Tell people about it/ });
  const title = page.getByRole('textbox', { name: 'What do you like doing?' });
  let itemUrl = '';
  let cvUrl = '';

  await test.step('a young person adds something to their CV and opens My CV and the thing', async () => {
    await startCvAsNewYoungPerson(page, 'Maya');
    await waitForActiveServiceWorker(page);
    await page.getByRole('link', { name: 'Add an interest' }).click();
    await title.fill('Baking cakes');
    await body.fill('I bake on Sundays.');
    await chooseRadio(page, 'Show it on my CV');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.goto('/cv');
    cvUrl = page.url();
    await expect.poll(() => personalCacheHolds(page, cvUrl)).toBe(true);
    const itemId = await itemIdFor(page, 'Baking cakes');
    await page.goto(`/cv/items/${itemId}`);
    itemUrl = page.url();
    await expect(body).toHaveValue('I bake on Sundays.');
    await expect.poll(() => personalCacheHolds(page, itemUrl)).toBe(true);
    await page.goto('/cv/my-cv');
    await expect(page.getByText('I bake on Sundays.')).toBeVisible();
    await expect.poll(() => personalCacheHolds(page, page.url())).toBe(true);
  });

  await test.step('offline, their CV still opens, and opens again after a reload', async () => {
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Change my CV' })).toBeVisible();
    await expect(page.getByText('I bake on Sundays.')).toBeVisible();
    await page.goto('/cv');
    await expect(page.getByRole('heading', { level: 1, name: 'Build your CV' })).toBeVisible();
    await expect(page.getByText('I bake on Sundays.')).toBeVisible();
    await page.screenshot({ path: '/tmp/offline-cv-read.png' });
  });

  await test.step('offline, they change what they wrote: it is saved on the phone', async () => {
    await page.goto(itemUrl);
    await expect(body).toHaveValue('I bake on Sundays.');
    await body.fill('I bake on Sundays and sell cakes at the school fair.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved on this phone. We will send it when you are online.')).toBeVisible();
    await expect(page.getByText(/^Only the writing is kept on this phone\./)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/offline-cv-kept.png' });
  });

  await test.step('opened again offline, the page shows the words kept on the phone', async () => {
    await page.reload();
    await expect(body).toHaveValue('I bake on Sundays and sell cakes at the school fair.');
    await expect(page.getByText('Saved on this phone. We will send it when you are online.')).toBeVisible();
  });

  await test.step('when the signal comes back it is sent, and another device sees it', async () => {
    await context.setOffline(false);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    const laptop = await browser.newContext({ storageState: await context.storageState() });
    const other = await laptop.newPage();
    await other.goto('/cv/my-cv');
    await expect(other.getByText('I bake on Sundays and sell cakes at the school fair.')).toBeVisible();
    await laptop.close();
  });

  await test.step('a title changed offline and on another device later: the newest stays, the other is kept to choose', async () => {
    await page.reload();
    await context.setOffline(true);
    await title.fill('Baking (phone)');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved on this phone. We will send it when you are online.')).toBeVisible();
    const laptop = await browser.newContext({ storageState: await context.storageState() });
    const other = await laptop.newPage();
    await other.goto(new URL(itemUrl).pathname);
    await other.getByRole('textbox', { name: 'What do you like doing?' }).fill('Baking (laptop)');
    await other.getByRole('button', { name: 'Save' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await laptop.close();
    await context.setOffline(false);
    const twoPlaces = page.getByRole('region', { name: 'You changed this in two places' });
    await expect(twoPlaces).toContainText('Baking (phone)');
    await expect(title).toHaveValue('Baking (laptop)');
    await expectNoAxeViolations(page);
    await twoPlaces.screenshot({ path: '/tmp/offline-cv-two-places.png' });
    await twoPlaces.getByRole('button', { name: /^Use this one/ }).click();
    await expect(twoPlaces).toBeHidden();
    await expect(title).toHaveValue('Baking (phone)');
  });

  await test.step('signing out clears their CV from the phone', async () => {
    await page.goto('/my');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeVisible();
    await expect.poll(() => personalCacheNames(page)).toEqual([]);
    await context.setOffline(true);
    await page.goto('/cv');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByText('I bake on Sundays')).toHaveCount(0);
  });
});
