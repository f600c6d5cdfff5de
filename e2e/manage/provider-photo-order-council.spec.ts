import sharp from 'sharp';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

async function photo(background: string): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background } }).jpeg().toBuffer();
}

test('a provider puts its photos in order and the public page follows; the council removes one and the provider sees why', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(240_000);
  const word = uniqueLetters(8);
  const providerName = `Photo Trainers ${word}`;
  const first = `The workshop ${word}`;
  const second = `The front door ${word}`;
  const reason = `It shows a student who did not agree to be in it ${word}`;
  let providerSlug = '';

  await test.step('staff of a new provider add two photos', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: `Pat ${word}`, newProviderName: providerName });
    providerSlug = staff.providerSlug ?? '';
    await signInAsStaff(page, staff.email, /\/provider$/);
    await page.goto('/provider/photos');
    for (const [altText, colour] of [
      [first, '#2e86c1'],
      [second, '#c0392b'],
    ] as const) {
      await page.getByLabel('The photo', { exact: true }).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await photo(colour) });
      await page.getByRole('textbox', { name: 'What the photo shows' }).fill(altText);
      await page.getByRole('button', { name: 'Add the photo' }).click();
      await expect(page.getByRole('status').getByText('Photo added. Young people can see it now.')).toBeVisible();
    }
    const images = page.getByRole('list', { name: 'Your photos' }).getByRole('img');
    await expect(images.nth(0)).toHaveAccessibleName(first);
    await expect(images.nth(1)).toHaveAccessibleName(second);
  });

  await test.step('they move the second photo up; the page and the public page show the new order', async () => {
    await expect(page.getByRole('button', { name: `Move up photo 1: ${first}` })).toHaveCount(0);
    await page.getByRole('button', { name: `Move up photo 2: ${second}` }).click();
    await expect(page.getByRole('status').getByText('Photo moved. Young people see the new order now.')).toBeVisible();
    const images = page.getByRole('list', { name: 'Your photos' }).getByRole('img');
    await expect(images.nth(0)).toHaveAccessibleName(second);
    await expect(images.nth(1)).toHaveAccessibleName(first);
    await expectNoAxeViolations(page);

    await page.goto(`/providers/${providerSlug}`);
    const publicImages = page.getByRole('list', { name: `Photos of ${providerName}` }).getByRole('img');
    await expect(publicImages.nth(0)).toHaveAccessibleName(second);
    await expect(publicImages.nth(1)).toHaveAccessibleName(first);

  });

  await test.step('without JavaScript, the plain buttons still move a photo', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL });
    const noScript = await context.newPage();
    await noScript.goto('/provider/photos');
    await noScript.getByRole('button', { name: `Move down photo 1: ${second}` }).click();
    await expect(noScript.getByText('Photo moved. Young people see the new order now.')).toBeVisible();
    await expect(noScript.getByRole('list', { name: 'Your photos' }).getByRole('img').nth(0)).toHaveAccessibleName(first);
    await context.close();
  });

  let removeAddress = '';
  await test.step('a council admin in another area gets not-found for the photo', async () => {
    const calderdale = await makeTestStaff(request, { role: 'la_admin', name: `Cal ${word}` });
    const adminContext = await browser.newContext({ baseURL });
    const adminPage = await adminContext.newPage();
    await signInAsStaff(adminPage, calderdale.email, /\/admin$/);
    await adminPage.getByRole('link', { name: 'Providers’ photos' }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Providers’ photos' })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('link', { name: `Remove the photo of ${providerName}: ${first}` }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: `Remove a photo of ${providerName}` })).toBeVisible();
    removeAddress = new URL(adminPage.url()).pathname;

    const northvale = await makeTestStaff(request, { role: 'la_admin', name: `Nell ${word}`, laSlug: 'northvale' });
    const otherContext = await browser.newContext({ baseURL });
    const otherPage = await otherContext.newPage();
    await signInAsStaff(otherPage, northvale.email, /\/admin$/);
    expect((await otherPage.goto(removeAddress))?.status()).toBe(404);
    await otherPage.goto('/admin/photos');
    await expect(otherPage.getByText(providerName)).toHaveCount(0);
    await otherContext.close();

    await test.step('the Calderdale admin must say why, then removes it', async () => {
      await expectNoAxeViolations(adminPage);
      await adminPage.getByRole('button', { name: 'Remove the photo' }).click();
      await expect(adminPage.getByRole('alert').getByRole('link', { name: 'Say why you are removing the photo. The provider will see this' })).toBeVisible();
      await expectNoAxeViolations(adminPage);
      await adminPage.getByLabel('Why are you removing it?').fill(reason);
      await adminPage.getByRole('button', { name: 'Remove the photo' }).click();
      await expect(adminPage.getByRole('status').getByText('Photo removed. The provider can see why.')).toBeVisible();
      await expect(adminPage.getByRole('img', { name: first })).toHaveCount(0);
    });
    await adminContext.close();
  });

  await test.step('the provider sees the reason, and the photo is gone from the public page', async () => {
    await page.goto('/provider/photos');
    const removals = page.getByRole('list', { name: 'Photos the council removed' });
    await expect(removals.getByText(first)).toBeVisible();
    await expect(removals.getByText(`Why: ${reason}`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Your photos' }).getByRole('img')).toHaveCount(1);
    await expectNoAxeViolations(page);
    await page.goto('/provider/changes');
    await expect(page.getByRole('list', { name: 'Changes' }).getByText(new RegExp(`^Cal ${word} removed a photo for the council: ${first}`))).toBeVisible();
    await page.goto(`/providers/${providerSlug}`);
    await expect(page.getByRole('img', { name: first })).toHaveCount(0);
  });
});
