import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { fillApplicationProfile, year11DateOfBirth } from '../fixtures/applications';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';

const COURSE = '/courses/plumbing-level-1-calder-valley-college';

test('a young person applies to a course with text answers and sees it in My applications', async ({ page, browser }) => {
  // A whole journey through many pages, with axe on each, on a shared two-core machine.
  test.setTimeout(180_000);
  let applicationUrl = '';
  let phone = { typed: '', e164: '' };

  await test.step('a visitor presses Apply on a course, signs in and comes back to start', async () => {
    await page.goto(COURSE);
    await page.getByRole('link', { name: 'Apply for this course' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    phone = await makeNewYoungPersonAccount(page, 'Kai');
    await expect(page.getByRole('heading', { level: 1, name: /^Apply for Plumbing/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Your application for Plumbing/ })).toBeVisible();
    applicationUrl = page.url();
    await expectNoAxeViolations(page);
  });

  await test.step('they fill in their profile from the application; the mobile is already there', async () => {
    await fillApplicationProfile(page, { dateOfBirth: year11DateOfBirth() });
    await expect(page).toHaveURL(applicationUrl);
  });

  await test.step('a profile section is accessible, and autosave keeps what they type', async () => {
    await page.getByRole('list', { name: 'Parts of your profile' }).getByRole('link', { name: 'About you' }).click();
    await expectNoAxeViolations(page);
    const box = page.getByRole('textbox', { name: 'About you' });
    await box.fill('I like fixing things. I fixed my bike last summer.');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'About you' })).toHaveValue('I like fixing things. I fixed my bike last summer.');
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page).toHaveURL(applicationUrl);
  });

  await test.step('they answer the college’s own questions', async () => {
    await page.getByRole('link', { name: 'Answer their questions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Their questions' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Why do you want to learn plumbing?' }).fill('My uncle is a plumber and I like helping him.');
    await page.getByRole('textbox', { name: /Have you ever fixed or built something/ }).fill('I built a shed with my dad.');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await expect(page.getByText('(2 of 2 answered)')).toBeVisible();
  });

  await test.step('they have nothing on their CV yet, and can carry on without it', async () => {
    await page.getByRole('link', { name: 'Add things from your CV' }).click();
    await expect(page.getByText('You have nothing on your CV yet.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Carry on' }).click();
  });

  await test.step('they check their answers, change one, and come back to the check page', async () => {
    await page.getByRole('link', { name: 'Check and send' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your application' })).toBeVisible();
    const answers = page.getByRole('definition').filter({ hasText: 'My uncle is a plumber' });
    await expect(answers).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Change school or college' }).click();
    await page.getByRole('textbox', { name: 'Your school or college' }).fill('Rastrick High School');
    await page.getByRole('button', { name: 'Save – this part is done' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your application' })).toBeVisible();
    await expect(page.getByText('Rastrick High School')).toBeVisible();
  });

  await test.step('they send it twice from two tabs: there is still one application', async () => {
    const secondTab = await page.context().newPage();
    await secondTab.goto(page.url());
    await page.getByRole('button', { name: 'Send my application' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
    await expectNoAxeViolations(page);
    await secondTab.getByRole('button', { name: 'Send my application' }).click();
    await expect(secondTab.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
    await secondTab.close();
  });

  await test.step('a text says it has gone, and the college is told', async () => {
    const outbox = await page.context().newPage();
    await outbox.goto('/outbox');
    const texts = outbox.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: phone.e164 });
    await expect(texts.filter({ hasText: 'you sent your application for Plumbing' })).toHaveCount(1);
    // The college's staff are told by email (other tests' Kais apply too, so at least one).
    const emails = outbox.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: 'provider@calderdale.example' });
    await expect(emails.filter({ hasText: 'Kai has applied for Plumbing' }).first()).toBeVisible();
    await outbox.close();
  });

  await test.step('it shows in My applications as sent, with what happens next', async () => {
    await page.getByRole('link', { name: 'See all your applications' }).click();
    const list = page.getByRole('list', { name: 'Your applications' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem').first()).toContainText('Sent.');
    await expect(list.getByRole('listitem').first()).toContainText('They will look at it and get back to you.');
    await expectNoAxeViolations(page);
    await list.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Sent' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('another young person gets not-found for this application', async () => {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto('/sign-in');
    await makeNewYoungPersonAccount(otherPage, 'Zara');
    await expect(otherPage).toHaveURL(/\/my$/);
    const response = await otherPage.goto(applicationUrl);
    expect(response?.status()).toBe(404);
    expect((await otherPage.goto(`${applicationUrl}/check`))?.status()).toBe(404);
    await other.close();
  });

});
