import sharp from 'sharp';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

/** A photo as a phone saves it: with the place it was taken (GPS) and the camera's make and model. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#2e86c1' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 43/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '1/1 51/1 0/1' },
    })
    .toBuffer();
}

test('college staff add a photo with words saying what it shows; it is public in its area only, and they remove it', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const photo = await photoWithGps();
  expect((await sharp(photo).metadata()).exif, 'the fixture starts with EXIF').toBeTruthy();
  // Each project its own words, so the phone and desktop runs never mix up their photos.
  const altText = `Students at work in the ${testInfo.project.name} workshop ${uniqueLetters()}`;

  await test.step('college staff open Photos from their home page', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Photo Test', providerSlug: 'calder-valley-college' });
    await signInAsStaff(page, staff.email, /\/provider$/);
    await page.getByRole('link', { name: 'Photos', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Photos' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a photo without words, and words without a photo, are refused with clear messages', async () => {
    await page.getByLabel('The photo', { exact: true }).setInputFiles({ name: 'workshop.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Add the photo' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: 'Say what the photo shows, for people who cannot see it' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'What the photo shows' }).fill(altText);
    await page.getByRole('button', { name: 'Add the photo' }).click();
    await expect(summary.getByRole('link', { name: 'Choose a photo' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'What the photo shows' })).toHaveValue(altText);
  });

  await test.step('the photo is added', async () => {
    await page.getByLabel('The photo', { exact: true }).setInputFiles({ name: 'workshop.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Add the photo' }).click();
    await expect(page.getByRole('status').getByText('Photo added. Young people can see it now.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Your photos' }).getByRole('img', { name: altText })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  let photoUrl = '';
  await test.step('the provider page shows it, with its words, and it has no location or camera details', async () => {
    await page.goto('/providers/calder-valley-college');
    const image = page.getByRole('list', { name: 'Photos of Calder Valley College' }).getByRole('img', { name: altText });
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('width', '64');
    await expect(image).toHaveAttribute('height', '48');
    photoUrl = (await image.getAttribute('src')) ?? '';
    expect(photoUrl).toMatch(/^\/api\/provider-photos\/[0-9a-f-]{36}$/);
    const response = await page.request.get(photoUrl);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    const body = await response.body();
    expect((await sharp(body).metadata()).exif).toBeUndefined();
    expect(body.includes('PhoneMaker')).toBe(false);
    await expectNoAxeViolations(page);
  });

  await test.step('its course pages show a photo of the college near the top', async () => {
    await page.getByRole('list', { name: /courses$/ }).first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('img[src^="/api/provider-photos/"]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a visitor looking at another council’s area gets not-found for it', async () => {
    expect((await request.get(photoUrl, { headers: { cookie: 'ns_area=northvale' } })).status()).toBe(404);
  });

  await test.step('the college removes it: gone from the page, and the photo address is not found', async () => {
    await page.goto('/provider/photos');
    await page.getByRole('button', { name: new RegExp(`Remove photo \\d+: ${altText}`) }).click();
    await expect(page.getByRole('status').getByText('Photo removed.')).toBeVisible();
    await expect(page.getByRole('img', { name: altText })).toHaveCount(0);
    await page.goto('/providers/calder-valley-college');
    await expect(page.getByRole('img', { name: altText })).toHaveCount(0);
    expect((await page.request.get(photoUrl)).status()).toBe(404);
  });
});
