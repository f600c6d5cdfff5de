import { speechLog, stubSpeech } from '../fixtures/speech';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { startCvAsNewYoungPerson, tapPictureCard } from './cv-helpers';

test('a young person builds their CV step by step, leaves half way, and carries on where they left off', async ({ page }) => {
  // Sign-in plus six steps on a shared, busy machine.
  test.setTimeout(180_000);
  await stubSpeech(page);
  const progress = page.getByRole('navigation', { name: 'Your progress' });

  await test.step('the CV page offers the guided steps', async () => {
    await startCvAsNewYoungPerson(page, 'Nia');
    await page.getByRole('link', { name: 'Build my CV step by step' }).click();
  });

  await test.step('step 1 says where they are, shows an example, and can be read aloud', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Step 1 of 6. About me' })).toBeVisible();
    await expect(progress.getByRole('link', { name: '1. About me' })).toHaveAttribute('aria-current', 'step');
    await expect(progress.getByRole('listitem')).toHaveCount(6);
    await expect(page.getByRole('heading', { level: 2, name: 'For example' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('region', { name: 'Read aloud' }).getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(async () => (await speechLog(page)).spoken[0]?.text ?? '').toContain('Step 1 of 6');
    await page.getByRole('region', { name: 'Read aloud' }).getByRole('button', { name: 'Stop' }).click();
  });

  await test.step('they write about themselves and save: it is kept and they move on', async () => {
    await page.getByRole('textbox', { name: 'Give it a short title' }).fill('Hello, I am Nia');
    await page.getByRole('textbox', { name: /^Tell people more/ }).fill('I am kind and I work hard.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Step 2 of 6. Things I've done" })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(progress.getByRole('link', { name: '1. About me (added)' })).toBeVisible();
  });

  await test.step('words without a title get a clear message', async () => {
    await page.getByRole('textbox', { name: /^Tell people more/ }).fill('The chain kept coming off.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' }).getByRole('link', { name: 'Give it a short title' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole('textbox', { name: /^Tell people more/ })).toHaveValue('The chain kept coming off.');
    await expectNoAxeViolations(page);
  });

  await test.step('they add a title and pick a skill from the pictures', async () => {
    await page.getByRole('textbox', { name: 'What did you do?' }).fill('Fixed my bike');
    await tapPictureCard(page, 'Using tools');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Step 3 of 6\./ })).toBeVisible();
  });

  await test.step('they skip school for now, then leave', async () => {
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Step 4 of 6. Work and volunteering' })).toBeVisible();
    await page.goto('/cv');
  });

  await test.step('what they saved is on the CV page, which offers to carry on at step 4', async () => {
    await expect(page.getByRole('list', { name: 'About me' })).toContainText('Hello, I am Nia');
    const done = page.getByRole('list', { name: "Things I've done" }).getByRole('listitem').filter({ hasText: 'Fixed my bike' });
    await expect(done).toContainText('Using tools');
    await expect(done.getByText('On your CV', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Carry on building my CV at step 4' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Step 4 of 6. Work and volunteering' })).toBeVisible();
  });

  await test.step('Back goes to the step before', async () => {
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Step 3 of 6\./ })).toBeVisible();
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Step 4 of 6\./ })).toBeVisible();
  });

  await test.step('they go through to the end', async () => {
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Step 5 of 6\./ })).toBeVisible();
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Step 6 of 6\./ })).toBeVisible();
    await page.getByRole('textbox', { name: 'What are you looking for?' }).fill('An apprenticeship in car repair');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You have been through every step' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'See my CV' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'An apprenticeship in car repair' })).toBeVisible();
    await page.goto('/cv');
    await expect(page.getByRole('heading', { level: 1, name: 'Build your CV' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Carry on building my CV/ })).toHaveCount(0);
  });
});
