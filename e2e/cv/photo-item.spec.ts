import sharp from 'sharp';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { chooseRadio, itemIdFor, startCvAsNewYoungPerson, tapPictureCard } from './cv-helpers';

/** A photo as a phone saves it: with the place it was taken (GPS) and the camera's make and model. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 43/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '1/1 51/1 0/1' },
    })
    .toBuffer();
}

test('a young person adds a photo of something they made; the photo loses its location and only they can see it', async ({ page, browser }) => {
  // A long journey (two sign-ins, uploads) on a shared, busy machine.
  test.setTimeout(180_000);
  const photo = await photoWithGps();
  expect((await sharp(photo).metadata()).exif, 'the fixture starts with EXIF').toBeTruthy();

  await test.step('a new young person opens their CV builder', async () => {
    await startCvAsNewYoungPerson(page, 'Maya');
    await expect(page.getByRole('heading', { level: 2, name: "Things I've done" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a web page pretending to be a photo is refused with a clear message', async () => {
    await page.getByRole('link', { name: 'Add something you have done' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Things I've done" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'What did you do?' }).fill('Baked a cake');
    await page.getByLabel('Or choose a photo, sound recording or video').setInputFiles({
      name: 'cake.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<!doctype html><script>alert(1)</script>'),
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Choose a photo, a sound recording or a video' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole('textbox', { name: 'What did you do?' })).toHaveValue('Baked a cake');
    await expectNoAxeViolations(page);
  });

  await test.step('they add the real photo, the skills they used, and show it on their CV', async () => {
    await page.getByRole('textbox', { name: /^Tell people about it/ }).fill('A chocolate cake for my gran’s 80th.');
    await page.getByRole('textbox', { name: /^Where\?/ }).fill('At home');
    await tapPictureCard(page, 'Making things');
    await tapPictureCard(page, 'Being on time');
    await page.getByLabel('Or choose a photo, sound recording or video').setInputFiles({ name: 'cake.jpg', mimeType: 'image/jpeg', buffer: photo });
    await chooseRadio(page, 'Show it on my CV');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    const item = page.getByRole('list', { name: "Things I've done" }).getByRole('listitem').filter({ hasText: 'Baked a cake' });
    await expect(item.getByText('On your CV')).toBeVisible();
    await expect(item.getByRole('img', { name: 'Baked a cake' })).toBeVisible();
    await expect(item.getByText('Skills: Being on time, Making things').or(item.getByText('Skills: Making things, Being on time'))).toBeVisible();
    await expectNoAxeViolations(page);
  });

  let itemId = '';
  let mediaUrl = '';
  await test.step('the stored photo has no location or camera details, and is served safely', async () => {
    itemId = await itemIdFor(page, 'Baked a cake');
    mediaUrl = (await page.getByRole('img', { name: 'Baked a cake' }).getAttribute('src')) ?? '';
    expect(mediaUrl).toMatch(/^\/api\/media\/[0-9a-f-]{36}$/);
    const response = await page.request.get(mediaUrl);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['content-disposition']).toMatch(/^inline; filename="photo\.jpg"$/);
    expect(response.headers()['content-security-policy']).toContain('sandbox');
    const body = await response.body();
    const metadata = await sharp(body).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(body.includes('PhoneMaker')).toBe(false);
    expect([metadata.width, metadata.height]).toEqual([64, 48]);
  });

  await test.step('they change it, and My CV shows it ready to print', async () => {
    await page.getByRole('link', { name: 'Change Baked a cake' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Change “Baked a cake”' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'What did you do?' }).fill('Baked a birthday cake');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Baked a birthday cake' })).toBeVisible();
    await page.getByRole('link', { name: /^See my CV/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maya' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Baked a birthday cake' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Baked a birthday cake' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('another young person gets not-found for the item and its photo', async () => {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto('/cv');
    await makeNewYoungPersonAccount(otherPage, 'Omar');
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Build your CV' })).toBeVisible();
    await expect(otherPage.getByText('Baked a birthday cake')).toHaveCount(0);
    await otherPage.goto(`/cv/items/${itemId}`);
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect((await otherPage.request.get(mediaUrl)).status()).toBe(404);
    await other.close();
  });

  await test.step('signed out, the photo is not found either', async () => {
    const visitor = await browser.newContext();
    expect((await visitor.request.get(new URL(mediaUrl, page.url()).toString())).status()).toBe(404);
    await visitor.close();
  });

  await test.step('they delete it, and its photo goes too', async () => {
    await page.goto(`/cv/items/${itemId}`);
    await page.getByRole('button', { name: 'Delete “Baked a birthday cake”' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted.' })).toBeVisible();
    await expect(page.getByText('Baked a birthday cake')).toHaveCount(0);
    expect((await page.request.get(mediaUrl)).status()).toBe(404);
  });
});
