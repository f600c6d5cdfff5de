import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, signInWithEmail, signInWithPhone } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('a young person downloads everything held about them, then deletes their account for good', async ({ page, browser, request }) => {
  // Two sign-ins by code, an upload and a download on a shared, busy machine.
  test.setTimeout(180_000);
  const firstName = `Robin${uniqueLetters()}`;
  const reason = 'Checking who came to the careers fair';
  const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2e86c1' } }).jpeg().toBuffer();

  let phone = { typed: '', e164: '' };
  let mediaUrl = '';
  await test.step('a new young person adds a photo to their CV', async () => {
    await page.goto('/cv');
    phone = await makeNewYoungPersonAccount(page, firstName);
    await page.getByRole('link', { name: 'Add something you have done' }).click();
    await page.getByRole('textbox', { name: 'What did you do?' }).fill('Painted a mural');
    await page.getByLabel('Or choose a photo, sound recording or video').setInputFiles({ name: 'mural.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    mediaUrl = (await page.getByRole('img', { name: 'Painted a mural' }).getAttribute('src')) ?? '';
    expect(mediaUrl).toMatch(/^\/api\/media\/[0-9a-f-]{36}$/);
  });

  await test.step('they find "Your data" from their privacy page and download a zip of everything', async () => {
    await page.goto('/my/privacy');
    await page.getByRole('link', { name: 'Your data: get a copy, or delete your account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
    await expectNoAxeViolations(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download my data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^robin[a-z]+-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    const data = JSON.parse(new TextDecoder().decode(files['your-data.json']));
    expect(data.users[0].name).toBe(firstName);
    expect(data.users[0].phone).toBe(phone.e164);
    expect(data.portfolio_items.map((item: { title: string }) => item.title)).toEqual(['Painted a mural']);
    const mediaId = mediaUrl.split('/').pop();
    const photoInZip = files[`media/${mediaId}.jpg`];
    expect(photoInZip, 'the photo is in the zip').toBeTruthy();
    expect((await sharp(photoInZip!).metadata()).width).toBe(40);
  });

  await test.step('someone else cannot download it', async () => {
    const signedOut = await browser.newContext();
    expect((await signedOut.request.get('/api/your-data')).status()).toBe(404);
    await signedOut.close();
  });

  const adviser = await makeTestStaff(request, { role: 'adviser', name: `Sky ${uniqueLetters()}`, canSearchYoungPeople: true });
  const adviserContext = await browser.newContext();
  const adviserPage = await adviserContext.newPage();
  const search = `/adviser/search?name=${encodeURIComponent(firstName)}&reason=${encodeURIComponent(reason)}`;
  await test.step('an adviser who may look people up can find them', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await expect(adviserPage.getByRole('heading', { level: 1 })).toHaveText(/^Hello Sky/);
    await adviserPage.goto(search);
    await expect(adviserPage.getByRole('list', { name: 'Young people found' }).getByRole('link', { name: firstName })).toBeVisible();
  });

  await test.step('they read what will be deleted and confirm with one button', async () => {
    await page.getByRole('link', { name: 'Delete my account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Delete my account' })).toBeVisible();
    await expect(page.getByText('You cannot undo this.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, delete my account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account is deleted' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('they are signed out, and the adviser cannot find them any more', async () => {
    await page.goto('/my');
    await expect(page).toHaveURL(/\/sign-in/);
    await adviserPage.goto(search);
    await expect(adviserPage.getByText('Nobody found')).toBeVisible();
    await adviserContext.close();
  });

  await test.step('signing in with the same number makes a new, empty account, and the old photo is gone', async () => {
    await signInWithPhone(page, phone);
    await expect(page.getByRole('textbox', { name: 'Your first name' })).toBeVisible();
    await makeNewName(page);
    await page.goto('/cv');
    await expect(page.getByRole('heading', { level: 1, name: 'Build your CV' })).toBeVisible();
    await expect(page.getByText('Painted a mural')).toHaveCount(0);
    expect((await page.request.get(mediaUrl)).status()).toBe(404);
  });
});

/** The new-account page after a code: a new first name and the same area. */
async function makeNewName(page: import('@playwright/test').Page) {
  await page.getByRole('textbox', { name: 'Your first name' }).fill('Robin');
  const calderdale = page.getByRole('radio', { name: 'Calderdale' });
  await calderdale.focus();
  await page.keyboard.press('Space');
  await expect(calderdale).toBeChecked();
  await page.getByRole('button', { name: 'Make my account' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
