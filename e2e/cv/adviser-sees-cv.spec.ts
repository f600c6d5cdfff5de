import { chromiumLaunchOptions, FAKE_MEDIA_ARGS } from '../fixtures/browser';
import { signInWithEmail } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { chooseRadio, startCvAsNewYoungPerson } from './cv-helpers';

// Chromium's fake microphone, allowed without asking.
test.use({ launchOptions: chromiumLaunchOptions(FAKE_MEDIA_ARGS) });

test('an adviser sees a CV only while the young person lets them, and writes words for a voice note', async ({ page, browser, request }) => {
  // Two sign-ins and a recording on a shared, busy machine.
  test.setTimeout(240_000);
  const adviserName = `Jordan ${uniqueLetters()}`;
  const adviser = await makeTestStaff(request, { role: 'adviser', name: adviserName });
  const adviserContext = await browser.newContext();
  const adviserPage = await adviserContext.newPage();
  let recordUrl = '';
  let audioSrc = '';

  const letAdviserSee = async (part: RegExp) => {
    // The first time: choose the adviser and what they may see.
    await page.goto('/my/privacy');
    await page.getByRole('combobox', { name: 'Which adviser?' }).selectOption({ label: adviserName });
    const box = page.getByRole('checkbox', { name: part });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await page.getByRole('button', { name: 'Let them see this' }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They can see what you chose.');
  };

  await test.step('a young person puts a voice note with no words on their CV', async () => {
    await startCvAsNewYoungPerson(page, 'Kai');
    await page.goto('/cv/add?section=about-me');
    await page.getByRole('textbox', { name: 'Give it a short title' }).fill('Hello from Kai');
    await page.getByRole('button', { name: 'Record your voice' }).click();
    await expect(page.getByRole('timer', { name: 'Time recorded' })).toHaveText(/^0:0[2-9]$/);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByText('Your voice recording is kept. Press Save at the bottom to add it.')).toBeVisible();
    await chooseRadio(page, 'Show it on my CV');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  });

  await test.step('with consent to their details only, the adviser cannot see the CV', async () => {
    await letAdviserSee(/^About you/);
    await signInWithEmail(adviserPage, adviser.email);
    await adviserPage.getByRole('list', { name: 'Young people who let you see their record' }).getByRole('link', { name: 'Kai' }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: 'Kai' })).toBeVisible();
    await expect(adviserPage.getByRole('list', { name: 'Not shared with you' })).toContainText('Their CV');
    await expect(adviserPage.getByRole('link', { name: 'See their CV' })).toHaveCount(0);
    recordUrl = adviserPage.url();
    expect((await adviserPage.goto(`${recordUrl}/cv`))?.status()).toBe(404);
  });

  await test.step('once they let the adviser see their CV, the adviser opens it and hears the voice note', async () => {
    await page.goto('/my/privacy');
    await page.getByRole('button', { name: `Let ${adviserName} see your CV` }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They can see what you chose.');
    await adviserPage.goto(recordUrl);
    await adviserPage.getByRole('link', { name: 'See their CV' }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: 'Kai' })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 3, name: 'Hello from Kai' })).toBeVisible();
    audioSrc = (await adviserPage.locator('audio source').getAttribute('src')) ?? '';
    expect(audioSrc).toMatch(/^\/api\/adviser\/young-people\/[0-9a-f-]{36}\/cv-media\/[0-9a-f-]{36}$/);
    const audio = await adviserPage.request.get(audioSrc);
    expect(audio.status()).toBe(200);
    expect(audio.headers()['content-type']).toBe('audio/webm');
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('the adviser writes the words; an empty box gets a clear message first', async () => {
    const words = adviserPage.getByRole('textbox', { name: 'Words for the voice note: Hello from Kai' });
    await adviserPage.getByRole('button', { name: 'Save the words' }).click();
    await expect(adviserPage.getByRole('alert', { name: 'There is a problem' }).getByRole('link', { name: 'Write the words they say' })).toBeVisible();
    await expect(adviserPage).toHaveTitle(/^Error: /);
    await words.fill('Hi, I am Kai. I want to work with animals.');
    await adviserPage.getByRole('button', { name: 'Save the words' }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Words saved.' })).toBeVisible();
    await expect(adviserPage.getByText(`Written by ${adviserName}, adviser.`)).toBeVisible();
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('the young person sees the words as written by their adviser, and that they looked', async () => {
    await page.goto('/cv/my-cv');
    await expect(page.getByText('Hi, I am Kai. I want to work with animals.')).toBeVisible();
    await expect(page.getByText(`Written by ${adviserName}, adviser.`)).toBeVisible();
    await page.goto('/my/privacy');
    await expect(page.getByRole('list', { name: 'Who looked at your record' })).toContainText(`${adviserName} (personal adviser) looked at your CV`);
  });

  await test.step('when they stop it, the CV and its files are not found', async () => {
    await page.getByRole('button', { name: `Stop ${adviserName} seeing your CV` }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They cannot see it any more, from now.');
    expect((await adviserPage.goto(`${recordUrl}/cv`))?.status()).toBe(404);
    expect((await adviserPage.request.get(audioSrc)).status()).toBe(404);
  });
  await adviserContext.close();
});
