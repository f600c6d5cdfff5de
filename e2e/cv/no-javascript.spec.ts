import sharp from 'sharp';
import { expect, test } from '../fixtures/test';
import { startCvAsNewYoungPerson } from './cv-helpers';

test('without JavaScript, a young person adds a photo with the plain camera input', async ({ page, browser }) => {
  // A long journey (sign-in, upload) on a shared, busy machine.
  test.setTimeout(180_000);
  await startCvAsNewYoungPerson(page, 'Noor');
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();

  await plain.goto('/cv/add?section=work-and-volunteering');
  await expect(plain.getByRole('heading', { level: 1, name: 'Work and volunteering' })).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Record your voice' })).toHaveCount(0);
  await plain.getByRole('textbox', { name: 'What was the job or the help you gave?' }).fill('Helped at the car wash');
  await plain.getByRole('checkbox', { name: 'Teamwork' }).check({ force: true });
  const photo = await sharp({ create: { width: 30, height: 30, channels: 3, background: '#2e86c1' } }).png().toBuffer();
  await plain.getByLabel('Take a photo').setInputFiles({ name: 'car.png', mimeType: 'image/png', buffer: photo });
  await plain.getByRole('button', { name: 'Save' }).click();

  await expect(plain.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const item = plain.getByRole('list', { name: 'Work and volunteering' }).getByRole('listitem').filter({ hasText: 'Helped at the car wash' });
  await expect(item.getByText('Private', { exact: true })).toBeVisible();
  await expect(item.getByText('Skills: Teamwork')).toBeVisible();
  const src = (await item.getByRole('img', { name: 'Helped at the car wash' }).getAttribute('src')) ?? '';
  const response = await plain.request.get(src);
  expect(response.headers()['content-type']).toBe('image/jpeg');

  await test.step('"Show on my CV" works as a plain form too', async () => {
    await item.getByRole('button', { name: /^Show on my CV\W+Helped at the car wash$/ }).click();
    await expect(
      plain.getByRole('list', { name: 'Work and volunteering' }).getByRole('listitem').filter({ hasText: 'Helped at the car wash' }).getByText('On your CV'),
    ).toBeVisible();
  });
  await context.close();
});
