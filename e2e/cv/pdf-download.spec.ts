import sharp from 'sharp';
import { extractPdfText } from '../../lib/cv/pdf-text';
import { expect, test } from '../fixtures/test';
import { chooseRadio, startCvAsNewYoungPerson } from './cv-helpers';

test('a young person downloads their CV as a PDF, and so can someone they shared it with until they stop the link', async ({ page, browser }) => {
  // Sign-in and an upload on a shared, busy machine.
  test.setTimeout(180_000);
  await test.step('they add a qualification with a photo to their CV', async () => {
    await startCvAsNewYoungPerson(page, 'Omar');
    await page.getByRole('link', { name: 'Add school, college or a qualification' }).click();
    await page.getByRole('textbox', { name: 'What is it?' }).fill('GCSE Maths');
    await page.getByRole('textbox', { name: /^Your grade/ }).fill('Predicted 7');
    const certificate = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#5dade2' } }).jpeg().toBuffer();
    await page.getByLabel('Or choose a photo, sound recording or video').setInputFiles({ name: 'maths.jpg', mimeType: 'image/jpeg', buffer: certificate });
    await chooseRadio(page, 'Show it on my CV');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  });

  await test.step('My CV downloads as a PDF with their name, the item and its photo', async () => {
    await page.goto('/cv/my-cv');
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download my CV as a PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('omar-cv.pdf');
    const response = await page.request.get('/cv/my-cv/pdf');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toBe('attachment; filename="omar-cv.pdf"');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = extractPdfText(pdf);
    expect(text).toContain('Omar');
    expect(text).toContain('GCSE Maths');
    expect(text).toContain('Grade: Predicted 7');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  });

  await test.step('a share link has its own PDF, which stops with the link', async () => {
    await page.goto('/cv/share');
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const box = page.getByRole('textbox', { name: 'Link to your CV' });
    await expect(box).toHaveValue(/\/cv\/shared\/[A-Za-z0-9_-]{43}$/);
    const link = await box.inputValue();
    const employer = await browser.newContext();
    const shared = await employer.request.get(`${link}/pdf`);
    expect(shared.status()).toBe(200);
    expect(shared.headers()['content-type']).toBe('application/pdf');
    expect(extractPdfText(await shared.body())).toContain('GCSE Maths');

    await page.reload();
    await page.getByRole('button', { name: 'Stop this link (Link 1)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The link has stopped working.' })).toBeVisible();
    expect((await employer.request.get(`${link}/pdf`)).status()).toBe(404);
    await employer.close();
  });
});
