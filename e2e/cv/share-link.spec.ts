import sharp from 'sharp';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { chooseRadio, startCvAsNewYoungPerson } from './cv-helpers';

test('a young person shares their CV with a link that shows only what they chose, then stops it', async ({ page, browser }) => {
  // A long journey (two sign-ins, uploads) on a shared, busy machine.
  test.setTimeout(180_000);
  await test.step('they add one thing to show and one to keep private', async () => {
    await startCvAsNewYoungPerson(page, 'Zara');
    await page.getByRole('link', { name: 'Add school, college or a qualification' }).click();
    await page.getByRole('textbox', { name: 'What is it?' }).fill('GCSE English');
    await page.getByRole('textbox', { name: /^Your grade/ }).fill('Predicted 6');
    const certificate = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#f4d03f' } }).jpeg().toBuffer();
    await page.getByLabel('Or choose a photo, sound recording or video').setInputFiles({ name: 'certificate.jpg', mimeType: 'image/jpeg', buffer: certificate });
    await chooseRadio(page, 'Show it on my CV');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await page.getByRole('link', { name: 'Add an interest' }).click();
    await page.getByRole('textbox', { name: 'What do you like doing?' }).fill('My secret diary');
    await page.getByRole('button', { name: 'Save' }).click();
    const secret = page.getByRole('list', { name: 'Interests' }).getByRole('listitem').filter({ hasText: 'My secret diary' });
    await expect(secret.getByText('Private', { exact: true })).toBeVisible();
  });

  let link = '';
  let sharedPhoto = '';
  await test.step('they make a link that works for 30 days', async () => {
    await page.getByRole('link', { name: 'Share my CV' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Share my CV' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const box = page.getByRole('textbox', { name: 'Link to your CV' });
    await expect(box).toHaveValue(/\/cv\/shared\/[A-Za-z0-9_-]{43}$/);
    link = await box.inputValue();
    await expectNoAxeViolations(page);
  });

  await test.step('someone with the link sees the shown item and its grade, not the private one', async () => {
    const employer = await browser.newContext();
    const employerPage = await employer.newPage();
    await employerPage.goto(link);
    await expect(employerPage.getByRole('heading', { level: 1, name: 'Zara' })).toBeVisible();
    await expect(employerPage.getByRole('heading', { level: 3, name: 'GCSE English' })).toBeVisible();
    await expect(employerPage.getByText('Grade: Predicted 6')).toBeVisible();
    await expect(employerPage.getByText('My secret diary')).toHaveCount(0);
    sharedPhoto = (await employerPage.getByRole('img', { name: 'GCSE English' }).getAttribute('src')) ?? '';
    expect(sharedPhoto).toMatch(/^\/api\/shared-cv\/[A-Za-z0-9_-]{43}\/media\/[0-9a-f-]{36}$/);
    const photo = await employerPage.request.get(sharedPhoto);
    expect(photo.status()).toBe(200);
    expect(photo.headers()['content-security-policy']).toContain('sandbox');
    await expectNoAxeViolations(employerPage);
    await employer.close();
  });

  await test.step('they stop the link, and it shows nothing any more', async () => {
    await page.reload();
    const links = page.getByRole('list', { name: 'Your links' });
    await expect(links.getByText(/Works until/)).toBeVisible();
    await page.getByRole('button', { name: 'Stop this link (Link 1)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The link has stopped working.' })).toBeVisible();
    await expect(links.getByText(/Stopped on/)).toBeVisible();
    const employer = await browser.newContext();
    const employerPage = await employer.newPage();
    const response = await employerPage.goto(link);
    expect(response?.status()).toBe(404);
    await expect(employerPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(employerPage.getByText('GCSE English')).toHaveCount(0);
    expect((await employerPage.request.get(sharedPhoto)).status()).toBe(404);
    await employer.close();
  });
});
