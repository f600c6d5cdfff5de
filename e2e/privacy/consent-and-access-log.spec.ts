import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, signInWithEmail } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('a young person lets an adviser see part of their record, sees that they looked, and stops it at once', async ({
  page,
  browser,
  request,
}) => {
  // Several people sign in by code in one journey, on a machine shared with builds.
  test.setTimeout(180_000);
  const adviserName = `Morgan ${uniqueLetters()}`;
  const adviser = await makeTestStaff(request, { role: 'adviser', name: adviserName });
  const adviserContext = await browser.newContext();
  const adviserPage = await adviserContext.newPage();
  let recordUrl = '';

  await test.step('a new young person opens "Who can see my record": nobody but them', async () => {
    await page.goto('/my/privacy');
    await makeNewYoungPersonAccount(page, 'Rosa');
    await expect(page.getByRole('heading', { level: 1, name: 'Who can see my record' })).toBeVisible();
    await expect(page.getByText('Nobody but you.')).toBeVisible();
    await expect(page.getByText('Nobody has looked at your record yet.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('they save what they found in Explore (private until they say so)', async () => {
    await page.goto('/explore/matches?like=caring&way=alone');
    await page.getByRole('button', { name: 'Save my results' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved. You can see your results on your page.');
    await page.goto('/my/privacy');
  });

  await test.step('the adviser cannot see them yet', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await expect(adviserPage.getByRole('heading', { level: 1, name: `Hello ${adviserName}` })).toBeVisible();
    await expect(adviserPage.getByRole('list', { name: 'Young people who let you see their record' })).toHaveCount(0);
  });

  await test.step('forgetting to choose shows what to do', async () => {
    await page.getByRole('button', { name: 'Let them see this' }).click();
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary.getByRole('link', { name: 'Choose the adviser you want to let see your record' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Choose at least one thing they can see' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
  });

  await test.step('they let the adviser see their details and their applications', async () => {
    await page.getByRole('combobox', { name: 'Which adviser?' }).selectOption({ label: adviserName });
    for (const name of [/^About you/, /^Your applications/]) {
      const box = page.getByRole('checkbox', { name });
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    await page.getByRole('button', { name: 'Let them see this' }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They can see what you chose.');
    const card = page.getByRole('list', { name: `What ${adviserName} can see` });
    await expect(card.getByText(`${adviserName} can see this. You said they could.`)).toHaveCount(2);
    await expect(card.getByText(`${adviserName} cannot see this.`)).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  await test.step('the adviser opens the record and sees only what was shared', async () => {
    await adviserPage.goto('/adviser');
    await adviserPage.getByRole('list', { name: 'Young people who let you see their record' }).getByRole('link', { name: 'Rosa' }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: 'Rosa' })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'About them' })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Applications' })).toBeVisible();
    await expect(adviserPage.getByRole('list', { name: 'Not shared with you' })).toHaveText('Their CV');
    const explore = adviserPage.getByRole('list', { name: 'Explore results they saved' });
    await expect(explore).toContainText('They enjoy');
    await expect(explore).toContainText('looking after people');
    await expect(explore).toContainText('on their own');
    await expectNoAxeViolations(adviserPage);
    recordUrl = adviserPage.url();
    expect(recordUrl).toMatch(/\/adviser\/young-people\/[0-9a-f-]{36}$/);
  });

  await test.step('the young person sees that the adviser looked, and what at', async () => {
    const response = await page.goto('/my/privacy');
    // Personal pages are never stored, so Back on a shared computer asks the server again.
    expect(response?.headers()['cache-control']).toContain('no-store');
    const entry = page.getByRole('list', { name: 'Who looked at your record' }).getByRole('listitem').first();
    await expect(entry).toContainText(
      `${adviserName} (personal adviser) looked at your details and the things you saved and your applications, and the work you might like from Explore.`,
    );
    await expect(entry).toContainText('You said they could.');
    await expectNoAxeViolations(page);
  });

  await test.step('stopping one part takes effect at once', async () => {
    await page.getByRole('button', { name: `Stop ${adviserName} seeing your details and the things you saved` }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They cannot see it any more, from now.');
    const response = await adviserPage.reload();
    expect(response?.headers()['cache-control']).toContain('no-store');
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Applications' })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'About them' })).toHaveCount(0);
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Work they might like' })).toHaveCount(0);
  });

  await test.step('stopping the last part leaves the adviser with not-found', async () => {
    await page.getByRole('button', { name: `Stop ${adviserName} seeing your applications` }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They cannot see it any more, from now.');
    await expect(page.getByText('Nobody but you.')).toBeVisible();
    const response = await adviserPage.goto(recordUrl);
    expect(response?.status()).toBe(404);
    await expect(adviserPage.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await adviserPage.goto('/adviser');
    await expect(adviserPage.getByRole('list', { name: 'Young people who let you see their record' })).toHaveCount(0);
  });

  await test.step('an adviser with no link and no consent gets not-found, and so does another young person', async () => {
    const stranger = await makeTestStaff(request, { role: 'adviser', name: `Stranger ${uniqueLetters()}` });
    const strangerContext = await browser.newContext();
    const strangerPage = await strangerContext.newPage();
    await signInWithEmail(strangerPage, stranger.email);
    await expect(strangerPage.getByRole('heading', { level: 1 })).toHaveText(/^Hello Stranger/);
    expect((await strangerPage.goto(recordUrl))?.status()).toBe(404);
    expect((await strangerPage.goto('/adviser/young-people/not-an-id'))?.status()).toBe(404);
    await strangerContext.close();
    expect((await page.goto(recordUrl))?.status()).toBe(404);
  });
  await adviserContext.close();
});

test('an adviser the council allows to look people up must say why, and the young person sees the reason', async ({
  page,
  browser,
  request,
}) => {
  // Several people sign in by code in one journey, on a machine shared with builds.
  test.setTimeout(180_000);
  const firstName = `Quinn${uniqueLetters()}`;
  const adviserName = `Riley ${uniqueLetters()}`;
  const reason = 'Came into the Halifax hub asking for help';

  await test.step('a new young person signs up', async () => {
    await page.goto('/my/privacy');
    await makeNewYoungPersonAccount(page, firstName);
    await expect(page.getByRole('heading', { level: 1, name: 'Who can see my record' })).toBeVisible();
  });

  const adviser = await makeTestStaff(request, { role: 'adviser', name: adviserName, canSearchYoungPeople: true });
  const adviserContext = await browser.newContext();
  const adviserPage = await adviserContext.newPage();

  await test.step('searching without a reason is refused with a clear message', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await adviserPage.getByRole('link', { name: 'Look up another young person (you must say why)' }).click();
    await adviserPage.getByRole('textbox', { name: 'Their name' }).fill(firstName);
    await adviserPage.getByRole('button', { name: 'Search' }).click();
    await expect(adviserPage.getByRole('alert', { name: 'There is a problem' }).getByRole('link', { name: /^Write why you need to look/ })).toBeVisible();
    await expect(adviserPage).toHaveTitle(/^Error: Look up a young person/);
    await expect(adviserPage.getByRole('list', { name: 'Young people found' })).toHaveCount(0);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('with a reason, they find and open the basic record', async () => {
    await adviserPage.getByRole('textbox', { name: 'Why you need to look' }).fill(reason);
    await adviserPage.getByRole('button', { name: 'Search' }).click();
    await adviserPage.getByRole('list', { name: 'Young people found' }).getByRole('link', { name: firstName }).click();
    await expect(adviserPage.getByRole('heading', { level: 1, name: firstName })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'About them' })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Applications' })).toHaveCount(0);
    await expectNoAxeViolations(adviserPage);
  });

  await test.step('without the reason in hand, the same record is not found', async () => {
    const withoutReason = adviserPage.url().replace(/\?.*$/, '');
    expect((await adviserPage.goto(withoutReason))?.status()).toBe(404);
  });

  await test.step('the young person sees who looked and why', async () => {
    await page.reload();
    const entry = page.getByRole('list', { name: 'Who looked at your record' }).getByRole('listitem').first();
    await expect(entry).toContainText(`${adviserName} (personal adviser) looked at your details and the things you saved.`);
    await expect(entry).toContainText(`Why: “${reason}”`);
  });

  await test.step('an adviser without the permission cannot search at all', async () => {
    const other = await makeTestStaff(request, { role: 'adviser', name: `Avery ${uniqueLetters()}` });
    await adviserContext.clearCookies();
    await signInWithEmail(adviserPage, other.email);
    await expect(adviserPage.getByRole('heading', { level: 1 })).toHaveText(/^Hello Avery/);
    await expect(adviserPage.getByRole('link', { name: /Look up another young person/ })).toHaveCount(0);
    expect((await adviserPage.goto('/adviser/search'))?.status()).toBe(404);
  });
  await adviserContext.close();
});
