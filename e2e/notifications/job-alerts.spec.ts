import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { uniqueLetters } from '../fixtures/staff';
import { addTestVacancy, readAlertTexts, runJobAlerts, stopLinkIn } from './fixtures';

test('a young person saves a search, gets one text when something new matches, and stops the texts', async ({ page, request, browser, baseURL }) => {
  // A long journey: sign-up, four runs of the job and a second browser.
  test.setTimeout(120_000);
  // A made-up word nobody else's search or vacancy uses, so only this test's vacancy matches.
  const word = `zq${uniqueLetters(8)}`;
  let phone = '';

  await test.step('they search, sign in from the results, and save the search', async () => {
    await page.goto(`/vacancies?q=${word}`);
    await expect(page.getByRole('heading', { level: 2, name: 'No results found' })).toBeVisible();
    await page.getByRole('link', { name: 'Sign in to save this search' }).click();
    phone = (await makeNewYoungPersonAccount(page, 'Robin')).e164;
    await expect(page).toHaveURL(new RegExp(`/vacancies\\?q=${word}`));
    await page.getByRole('button', { name: 'Save this search' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My saved searches' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('Your search is saved');
    await expect(page.getByRole('list', { name: 'Your saved searches' }).getByRole('heading', { name: `“${word}”` })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('their page links to the saved search', async () => {
    await page.goto('/my');
    await expect(page.getByText('You have 1 saved search.')).toBeVisible();
    await page.getByRole('link', { name: 'My saved searches' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My saved searches' })).toBeVisible();
  });

  await test.step('a new vacancy that matches is added', async () => {
    await addTestVacancy(request, `Shop helper ${word}`);
  });

  await test.step('a run of the job at 23:00 sends nothing: it is quiet hours', async () => {
    // Other tests' people may be due too; this one is in their council's quiet hours (the default, 21:00–08:00).
    expect((await runJobAlerts(request, '23:00', 2)).quiet).toBeGreaterThanOrEqual(1);
    expect(await readAlertTexts(page, phone)).toHaveLength(0);
  });

  let text = '';
  await test.step('a run at 08:00 sends one short text with a stop link', async () => {
    await runJobAlerts(request, '08:00', 3);
    const texts = await readAlertTexts(page, phone);
    expect(texts).toHaveLength(1);
    text = texts[0]!;
    expect(text).toContain('1 new match for your saved searches');
    expect(text).toContain('/my/searches');
  });

  await test.step('a second run the same day sends nothing more', async () => {
    await runJobAlerts(request, '10:00', 3);
    expect(await readAlertTexts(page, phone)).toHaveLength(1);
  });

  await test.step('the stop link works without signing in and stops the texts', async () => {
    const stranger = await browser.newContext({ baseURL });
    const phoneScreen = await stranger.newPage();
    await phoneScreen.goto(stopLinkIn(text));
    await expect(phoneScreen.getByRole('heading', { level: 1, name: 'Stop these messages' })).toBeVisible();
    await expectNoAxeViolations(phoneScreen);
    await phoneScreen.getByRole('button', { name: 'Stop these messages' }).click();
    await expect(phoneScreen.getByRole('heading', { level: 1, name: 'We have stopped these messages' })).toBeVisible();
    await expectNoAxeViolations(phoneScreen);
    await stranger.close();
  });

  await test.step('another new match the next day sends nothing, and their choices say so', async () => {
    await addTestVacancy(request, `Cafe helper ${word}`);
    await runJobAlerts(request, '08:00', 4);
    expect(await readAlertTexts(page, phone)).toHaveLength(1);
    await page.goto('/my/contact');
    await expect(page.getByRole('group', { name: 'New jobs for your saved searches' }).getByRole('radio', { name: 'Do not send these' })).toBeChecked();
  });

  await test.step('a changed stop link is not found', async () => {
    const response = await page.goto(`${stopLinkIn(text).slice(0, -3)}abc`);
    expect(response?.status()).toBe(404);
  });

  await test.step('they delete the search', async () => {
    await page.goto('/my/searches');
    await page.getByRole('button', { name: `Delete “${word}”` }).click();
    await expect(page.getByRole('status')).toContainText('Your search is deleted');
    await expect(page.getByText('No saved searches yet.')).toBeVisible();
  });
});

test('a young person chooses how we contact them, without JavaScript', async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  await page.goto('/my/contact');
  await makeNewYoungPersonAccount(page, 'Kai');
  await expect(page.getByRole('heading', { level: 1, name: 'How we contact you' })).toBeVisible();
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await context.newPage();

  await test.step('texts are chosen for everything to begin with, and news about applications cannot be turned off', async () => {
    await noScript.goto('/my/contact');
    await expect(noScript.getByText(/We never send messages at night, between 21:00 and 08:00/)).toBeVisible();
    for (const name of ['News about your applications', 'Reminders', 'New jobs for your saved searches']) {
      await expect(noScript.getByRole('group', { name }).getByRole('radio', { name: 'Text message' })).toBeChecked();
    }
    await expect(noScript.getByRole('group', { name: 'News about your applications' }).getByRole('radio', { name: 'Do not send these' })).toHaveCount(0);
    // They signed up with a phone number only, so email is not offered.
    await expect(noScript.getByRole('radio', { name: 'Email' })).toHaveCount(0);
    // axe needs scripts in the page: check the same page in the JavaScript browser.
    await expectNoAxeViolations(page);
  });

  await test.step('they turn reminders off and save', async () => {
    await noScript.getByRole('group', { name: 'Reminders' }).getByRole('radio', { name: 'Do not send these' }).check();
    await noScript.getByRole('button', { name: 'Save my choices' }).click();
    await expect(noScript.getByRole('status')).toContainText('Your choices are saved');
    await expect(noScript.getByRole('group', { name: 'Reminders' }).getByRole('radio', { name: 'Do not send these' })).toBeChecked();
    await expect(noScript.getByRole('group', { name: 'New jobs for your saved searches' }).getByRole('radio', { name: 'Text message' })).toBeChecked();
  });
  await context.close();
});
