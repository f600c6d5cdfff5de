import sharp from 'sharp';
import { chooseRadio, startCvAsNewYoungPerson } from '../cv/cv-helpers';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

// A phone with its data saver on: the browser adds this header to every request.
test.use({ extraHTTPHeaders: { 'Save-Data': 'on' } });

test('with the phone’s data saver on, photos wait for a tap, and “Save my data” can turn that off', async ({ page }) => {
  test.setTimeout(120_000);
  const photo = page.getByRole('img', { name: 'My first car' });

  await test.step('a young person adds a photo to their CV', async () => {
    await startCvAsNewYoungPerson(page, 'Leo');
    await page.getByRole('link', { name: 'Add an interest' }).click();
    await page.getByRole('textbox', { name: 'What do you like doing?' }).fill('My first car');
    const picture = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3498db' } }).jpeg().toBuffer();
    await page.getByLabel('Or choose a photo, sound recording or video').setInputFiles({ name: 'car.jpg', mimeType: 'image/jpeg', buffer: picture });
    await chooseRadio(page, 'Show it on my CV');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  });

  await test.step('on their CV the photo is not downloaded until they tap to see it', async () => {
    await page.goto('/cv');
    const show = page.getByText('Show the photo: My first car');
    await expect(show).toBeVisible();
    await expect(photo).toBeHidden();
    // Not loaded: a lazy picture inside a closed <details> waits until it is opened.
    const unopened = page.getByRole('img', { name: 'My first car', includeHidden: true });
    expect(await unopened.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(0);
    await expectNoAxeViolations(page);
    await show.click();
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  });

  await test.step('their settings say data is being saved because the phone asked', async () => {
    await page.goto('/settings');
    await expect(page.locator('html')).toHaveAttribute('data-save-data', 'on');
    await expect(page.getByRole('radio', { name: 'Let my phone decide' })).toBeChecked();
    await expect(page.getByText('We are saving your data now.')).toBeVisible();
    await page.getByText('How much data things use').click();
    await expect(page.getByText(/Since you opened this website, it has used about \d+ KB of data\./)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('choosing “No, show everything” shows photos straight away', async () => {
    await page.getByRole('radio', { name: 'No, show everything' }).check();
    await page.getByRole('button', { name: 'Save my settings' }).click();
    await expect(page.getByRole('heading', { name: 'Your settings are saved' })).toBeVisible();
    await expect(page.getByText('We are not saving data now.')).toBeVisible();
    await page.goto('/cv');
    await expect(photo).toBeVisible();
    await expect(page.getByText('Show the photo: My first car')).toHaveCount(0);
  });
});
