import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { chooseRadio } from '../cv/cv-helpers';
import { nameParentCarer } from '../fixtures/parent-carer';
import { makeNewYoungPersonAccount, randomMobile, signInWithPhone } from '../fixtures/sign-in';
import { uniqueLetters } from '../fixtures/staff';

/** "d m yyyy" for someone who turned 14 about half a year ago. */
function fourteenYearOldDateOfBirth(now = new Date()): string {
  const born = new Date(Date.UTC(now.getUTCFullYear() - 14, now.getUTCMonth() - 6, 1));
  return `${born.getUTCDate()} ${born.getUTCMonth() + 1} ${born.getUTCFullYear()}`;
}

test('a 14-year-old lets a parent see their CV, sees each time they looked, and stops it at once', async ({ page, browser, baseURL }) => {
  // Two people sign in by code, on a machine shared with builds.
  test.setTimeout(240_000);
  const name = `Ada${uniqueLetters(4)}`;
  const parentName = `Pat ${uniqueLetters()}`;
  const parentPhone = randomMobile();
  const cvTitle = `Helped at the car wash ${uniqueLetters(4)}`;
  const parentContext = await browser.newContext({ baseURL });
  const parentPage = await parentContext.newPage();
  let familyUrl = '';

  await test.step('a young person of 14 puts something on their CV', async () => {
    await page.goto('/applications/profile/contact');
    await makeNewYoungPersonAccount(page, name);
    await page.goto('/applications/profile/contact');
    await page.getByRole('textbox', { name: 'Your date of birth' }).fill(fourteenYearOldDateOfBirth());
    await page.getByRole('button', { name: 'Save – this part is done' }).click();
    await page.goto('/cv/add?section=work-and-volunteering');
    await page.getByRole('textbox', { name: 'What was the job or the help you gave?' }).fill(cvTitle);
    await chooseRadio(page, 'Show it on my CV');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  });

  await test.step('they add a parent and let them see their CV only', async () => {
    await page.goto('/my/privacy/parent');
    await expect(page.getByRole('heading', { level: 1, name: 'My parent or carer' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/consent-parent-form.png', fullPage: true });
    await nameParentCarer(page, { name: parentName, typed: parentPhone.typed }, ['Your CV']);
    await expect(page.getByRole('region', { name: 'My parent or carer' })).toContainText(`${parentName} can see your CV.`);
    await page.goto('/my/privacy/parent');
    const parts = page.getByRole('list', { name: `What ${parentName} can see` });
    await expect(parts.getByRole('button', { name: `Stop ${parentName} seeing your CV` })).toBeVisible();
    await expect(parts.getByRole('button', { name: `Let ${parentName} see your applications` })).toBeVisible();
    await page.screenshot({ path: '/tmp/consent-parent-named.png', fullPage: true });
    await expectNoAxeViolations(page);
  });

  await test.step('the parent signs in with the code texted to them and sees the CV', async () => {
    await signInWithPhone(parentPage, parentPhone);
    await expect(parentPage).toHaveURL(/\/family$/);
    await expect(parentPage.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible();
    await expectNoAxeViolations(parentPage);
    await parentPage.getByRole('list', { name: 'Young people who shared with you' }).getByRole('link', { name }).click();
    await expect(parentPage).toHaveURL(/\/family\/[0-9a-f-]{36}$/);
    familyUrl = parentPage.url();
    await expect(parentPage.getByRole('heading', { level: 1, name: 'What they shared with you' })).toBeVisible();
    await expect(parentPage.getByRole('heading', { name: 'Their applications' })).toHaveCount(0);
    await expectNoAxeViolations(parentPage);
    await parentPage.getByRole('link', { name: 'Their CV' }).click();
    await expect(parentPage.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(parentPage.getByText(cvTitle)).toBeVisible();
    await parentPage.screenshot({ path: '/tmp/consent-parent-cv.png', fullPage: true });
    await expectNoAxeViolations(parentPage);
  });

  await test.step('the parent gets not-found on staff pages', async () => {
    for (const path of ['/adviser', '/provider', '/admin', '/my', '/adviser/present']) {
      expect((await parentPage.goto(path))?.status(), path).toBe(404);
    }
  });

  await test.step('the young person sees the parent’s look in "who looked at my record"', async () => {
    await page.goto('/my/privacy');
    const log = page.getByRole('list', { name: 'Who looked at your record' });
    await expect(log.getByRole('listitem').filter({ hasText: `${parentName} (parent or carer) looked at your CV.` })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  await test.step('they stop it, and the parent gets not-found at once', async () => {
    await page.goto('/my/privacy/parent');
    await page.getByRole('button', { name: `Stop ${parentName} seeing anything` }).click();
    await expect(page.getByRole('status')).toHaveText('Done. They cannot see it any more, from now.');
    await expect(page.getByRole('region', { name: 'My parent or carer' })).toContainText('You can add a parent or carer.');
    expect((await parentPage.goto(`${familyUrl}/cv`))?.status()).toBe(404);
    expect((await parentPage.goto(familyUrl))?.status()).toBe(404);
    await parentPage.goto('/family');
    await expect(parentPage.getByText('Nobody has shared anything with you now.')).toBeVisible();
  });

  await test.step('when the young person deletes their account, the parent’s goes too: nobody names them now', async () => {
    await page.goto('/my/your-data/delete');
    await page.getByRole('button', { name: 'Yes, delete my account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account is deleted' })).toBeVisible();
    await parentPage.goto('/family');
    await expect(parentPage).toHaveURL(/\/sign-in/);
  });
  await parentContext.close();
});

test('a parent or carer who is named and then removed before they look at anything has no account left', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const parentName = `Kit ${uniqueLetters()}`;
  const parentPhone = randomMobile();
  await page.goto('/my/privacy/parent');
  await makeNewYoungPersonAccount(page, `Bo${uniqueLetters(4)}`);
  await page.goto('/my/privacy/parent');
  await nameParentCarer(page, { name: parentName, typed: parentPhone.typed }, ['Your CV']);
  await page.goto('/my/privacy/parent');
  await page.getByRole('button', { name: `Stop ${parentName} seeing anything` }).click();
  await expect(page.getByRole('status')).toHaveText('Done. They cannot see it any more, from now.');

  // Their number is nobody's now: signing in with it starts a new account, not the parent's page.
  const parentPage = await (await browser.newContext({ baseURL })).newPage();
  await signInWithPhone(parentPage, parentPhone);
  await expect(parentPage.getByRole('textbox', { name: 'Your first name' })).toBeVisible();
  await parentPage.context().close();
});
