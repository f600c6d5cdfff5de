import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, signInWithEmail } from '../fixtures/sign-in';
import { linkCaseload, makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { readStepTexts, runStepReminders, ukTomorrow } from './fixtures';

test('an adviser adds a step, the young person gets one text the day before, sees it and ticks it done; nobody else can open it', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  // Three people sign in by code in one journey, on a machine shared with builds.
  test.setTimeout(180_000);
  const adviser = await makeTestStaff(request, { role: 'adviser', name: `Pat ${uniqueLetters()}` });
  const name = `Kai${uniqueLetters(4)}`;
  const step = `Visit the college open day ${uniqueLetters(4)}`;

  await page.goto('/my/plan');
  const phone = await makeNewYoungPersonAccount(page, name);
  const youngPersonId = await linkCaseload(request, adviser.id, phone.e164, true);

  await test.step('before any step, their plan says so in plain words', async () => {
    await page.goto('/my/plan');
    await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
    await expect(page.getByText('You have no steps yet.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  const adviserContext = await browser.newContext({ baseURL });
  const adviserPage = await adviserContext.newPage();

  await test.step('the adviser opens them from the caseload; adding an empty step says what to do', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await adviserPage.getByRole('list', { name: 'Young people on your caseload' }).getByRole('link', { name }).click();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Action plan' })).toBeVisible();
    await adviserPage.getByRole('button', { name: 'Add this step' }).click();
    const summary = adviserPage.getByRole('alert', { name: 'There is a problem' });
    await expect(summary.getByRole('link', { name: /^Enter the step/ })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter the day it should be done by' })).toBeVisible();
    await expect(adviserPage).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('they add a step with a picture, due tomorrow', async () => {
    await adviserPage.getByRole('textbox', { name: 'The step, in plain words' }).fill('Visit the open day');
    const picture = adviserPage.getByRole('radio', { name: 'A course' });
    await picture.focus();
    await adviserPage.keyboard.press('Space');
    await expect(picture).toBeChecked();
    await adviserPage.getByLabel('Do it by').fill(ukTomorrow());
    await adviserPage.getByRole('button', { name: 'Add this step' }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Step added.' })).toBeVisible();
    await expect(adviserPage.getByRole('list', { name: 'Steps on their plan' }).getByRole('heading', { name: 'Visit the open day' })).toBeVisible();
    await expectNoAxeViolations(adviserPage);
  });

  let stepPath = '';
  await test.step('they change its words on its own page', async () => {
    await adviserPage.getByRole('link', { name: 'Change “Visit the open day”' }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: 'Change a step' })).toBeVisible();
    await expectNoAxeViolations(adviserPage);
    stepPath = new URL(adviserPage.url()).pathname;
    const words = adviserPage.getByRole('textbox', { name: 'The step, in plain words' });
    await expect(words).toHaveValue('Visit the open day');
    await words.fill(step);
    await adviserPage.getByRole('button', { name: 'Save the change' }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Step changed.' })).toBeVisible();
    await expect(adviserPage.getByRole('list', { name: 'Steps on their plan' }).getByRole('heading', { name: step })).toBeVisible();
  });

  await test.step('the reminder job sends one short text the day before, and only one', async () => {
    await runStepReminders(request, '10:00');
    const texts = await readStepTexts(page, phone.e164);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(step);
    expect(texts[0]).toMatch(/\/my\/plan\/[0-9a-f-]{36}/);
    await runStepReminders(request, '11:00');
    expect(await readStepTexts(page, phone.e164)).toHaveLength(1);
  });

  let ownStepPath = '';
  await test.step('the young person sees it on their page and on My plan, and ticks it done', async () => {
    await page.goto('/my');
    const panel = page.getByRole('region', { name: 'My plan' });
    await expect(panel.getByText('You have 1 step to do.')).toBeVisible();
    await expect(panel.getByRole('link', { name: step })).toBeVisible();
    await page.getByRole('link', { name: 'See all of my plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
    const item = page.getByRole('list', { name: 'My steps' }).getByRole('listitem').filter({ hasText: step });
    await expect(item.getByText('Do it by tomorrow')).toBeVisible();
    await expect(item.getByText('A course')).toBeVisible();
    await expectNoAxeViolations(page);
    ownStepPath = new URL((await item.getByRole('link', { name: step }).getAttribute('href')) ?? '', baseURL).pathname;
    await item.getByRole('button', { name: new RegExp(`^I have done this\\W+${step}$`) }).click();
    await expect(page.getByRole('status')).toContainText('Well done! That step is ticked.');
    await expect(page.getByText('You have done every step. Well done!')).toBeVisible();
    await expect(item.getByText('Done', { exact: true })).toBeVisible();
  });

  await test.step('the step has its own page, to read or listen to', async () => {
    await page.goto(ownStepPath);
    await expect(page.getByRole('heading', { level: 1, name: 'A step on my plan' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: step })).toBeVisible();
    await expect(page.getByRole('button', { name: new RegExp(`^I have not done this yet\\W+${step}$`) })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('the adviser sees it done', async () => {
    await adviserPage.goto(`/adviser/young-people/${youngPersonId}`);
    const item = adviserPage.getByRole('list', { name: 'Steps on their plan' }).getByRole('listitem').filter({ hasText: step });
    await expect(item.getByText('Done', { exact: true })).toBeVisible();
    await expect(item.getByRole('button', { name: `Not done yet “${step}”` })).toBeVisible();
  });

  await test.step('another young person gets not-found for the step, and their plan does not show it', async () => {
    const otherContext = await browser.newContext({ baseURL });
    const other = await otherContext.newPage();
    await other.goto('/my/plan');
    await makeNewYoungPersonAccount(other, `Ash${uniqueLetters(4)}`);
    await expect(other.getByText('You have no steps yet.')).toBeVisible();
    expect((await other.goto(ownStepPath))?.status()).toBe(404);
    await expect(other.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await otherContext.close();
  });

  await test.step('and the young person cannot open the adviser’s page for it', async () => {
    expect((await page.goto(stepPath))?.status()).toBe(404);
  });

  await test.step('the adviser removes it and it is gone from the young person’s plan', async () => {
    await adviserPage.getByRole('button', { name: `Remove “${step}”` }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Step removed.' })).toBeVisible();
    await page.goto('/my/plan');
    await expect(page.getByText('You have no steps yet.')).toBeVisible();
    expect((await page.goto(ownStepPath))?.status()).toBe(404);
  });
  await adviserContext.close();
});
