import { chromiumLaunchOptions, FAKE_MEDIA_ARGS } from '../fixtures/browser';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { fillApplicationProfile, year11DateOfBirth } from '../fixtures/applications';
import { makeNewYoungPersonAccount, signInWithEmail } from '../fixtures/sign-in';
import { makeTestStaff } from '../fixtures/staff';

// Chromium's fake microphone and camera, allowed without asking.
test.use({ launchOptions: chromiumLaunchOptions(FAKE_MEDIA_ARGS) });

const QUESTION = 'Why do you want to learn plumbing?';

test('a young person answers a question by voice; the college hears it, and nobody else can', async ({ page, browser, request }) => {
  // Sign-in, a recording, an upload and two people on a shared, busy machine.
  test.setTimeout(240_000);
  const firstName = `Noor${Math.floor(Math.random() * 1e6)}`;
  let recordingUrl = '';
  let applicationUrl = '';

  await test.step('they start an application to a college course and fill in their profile', async () => {
    await page.goto('/apply?course=plumbing-level-1-calder-valley-college');
    await makeNewYoungPersonAccount(page, firstName);
    await page.getByRole('button', { name: 'Start my application' }).click();
    await fillApplicationProfile(page, { dateOfBirth: year11DateOfBirth() });
    applicationUrl = page.url();
  });

  await test.step('they say a few words about themselves as well as writing them', async () => {
    await page.goto('/applications/profile/statement');
    await page.getByRole('button', { name: 'Record your voice' }).click();
    await expect(page.getByRole('timer', { name: 'Time recorded' })).toHaveText(/^0:0[2-9]$/);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your voice recording is kept.' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save – this part is done' }).click();
    await expect(page).toHaveURL(/\/applications\/profile\?saved=statement$/);
    await page.goto(applicationUrl);
  });

  await test.step('they say their answer instead of writing it, and it saves itself', async () => {
    await page.getByRole('link', { name: 'Answer their questions' }).click();
    const answer = page.getByRole('group', { name: QUESTION });
    await answer.getByRole('button', { name: 'Record your voice' }).click();
    await expect(answer.getByRole('timer', { name: 'Time recorded' })).toHaveText(/^0:0[2-9]$/);
    await answer.getByRole('button', { name: 'Stop recording' }).click();
    await answer.getByRole('button', { name: 'Keep it' }).click();
    await expect(answer.getByRole('status').filter({ hasText: 'Your voice recording is kept.' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
    await expectNoAxeViolations(page);
    // It was saved without pressing anything: it is still there after a reload.
    await page.reload();
    await expect(answer.getByRole('status').filter({ hasText: 'Your voice recording is kept.' })).toBeVisible();
    await page.getByRole('textbox', { name: /Have you ever fixed or built something/ }).fill('I fixed my bike chain.');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await expect(page.getByText('(2 of 2 answered)')).toBeVisible();
  });

  await test.step('check your answers plays it back, and they send it', async () => {
    await page.getByRole('link', { name: 'Check and send' }).click();
    const player = page.getByLabel(`Voice answer: ${QUESTION}`);
    await expect(player).toBeVisible();
    await expect(page.getByText('No words written for this recording.')).toBeVisible();
    const own = await page.request.get((await player.getAttribute('src'))!);
    expect(own.status()).toBe(200);
    expect(own.headers()['content-type']).toMatch(/^(audio|video)\/webm/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  });

  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await test.step('the college opens it and can play the voice answer', async () => {
    // Staff of their own for this test (the demo accounts' codes would race other tests in the outbox).
    const college = await makeTestStaff(request, { role: 'provider_staff', name: 'Priya Voice', providerSlug: 'calder-valley-college' });
    await signInWithEmail(staffPage, college.email);
    await expect(staffPage).toHaveURL(/\/provider$/);
    await staffPage.goto('/provider/applications');
    await staffPage.getByRole('list', { name: 'Applications' }).getByRole('listitem').filter({ hasText: firstName }).getByRole('link').click();
    const player = staffPage.getByLabel(`Voice answer: ${QUESTION}`);
    await expect(player).toBeVisible();
    recordingUrl = (await player.getAttribute('src'))!;
    expect(recordingUrl).toMatch(/^\/api\/applications\/[0-9a-f-]{36}\/media\/[0-9a-f-]{36}$/);
    const heard = await staffPage.request.get(recordingUrl);
    expect(heard.status()).toBe(200);
    const aboutThem = staffPage.getByLabel('Voice answer: About them');
    await expect(aboutThem).toBeVisible();
    expect((await staffPage.request.get((await aboutThem.getAttribute('src'))!)).status()).toBe(200);
    expect(heard.headers()['x-content-type-options']).toBe('nosniff');
    await expectNoAxeViolations(staffPage);
  });
  await staff.close();

  await test.step('an employer who was not sent it gets not-found, and so does someone signed out', async () => {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    expect((await otherPage.request.get(recordingUrl)).status()).toBe(404);
    const employer = await makeTestStaff(request, { role: 'employer_staff', name: 'Tom Voice', employerSlug: 'pennine-motor-group' });
    await signInWithEmail(otherPage, employer.email);
    await expect(otherPage).toHaveURL(/\/employer$/);
    expect((await otherPage.request.get(recordingUrl)).status()).toBe(404);
    await other.close();
  });
});
