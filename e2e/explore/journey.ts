import { expect, expectNoAxeViolations as checkPage, type test as base } from '../fixtures/test';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { choosePicture, tickPicture } from './pick';

type Page = Parameters<Parameters<typeof base>[2]>[0]['page'];
type Step = (title: string, body: () => Promise<void>) => Promise<void>;

/**
 * The whole Explore journey, shared by the spec with JavaScript and the one without: pictures → matches with
 * reasons and local options → a job profile → save (signing in on the way) → on their own page.
 */
export async function exploreAndSave(page: Page, step: Step, firstName: string, { checkAxe }: { checkAxe: boolean }) {
  // axe runs inside the page, so it needs JavaScript; the spec with JavaScript checks these same pages.
  const expectNoAxeViolations = checkAxe ? checkPage : async () => {};

  await step('from the home page they start Explore', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: /^Not sure what you want to do\?/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Not sure what you want to do?' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Start' }).click();
  });

  await step('they tap what they enjoy', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'What do you enjoy?' })).toBeVisible();
    await expect(page.getByText('Question 1 of 4')).toBeVisible();
    await tickPicture(page, 'Fixing things');
    await tickPicture(page, 'Driving');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Next' }).click();
  });

  await step('how they like to work', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'How do you like to work?' })).toBeVisible();
    await expect(page.getByText('Question 2 of 4')).toBeVisible();
    await tickPicture(page, 'With my hands');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Next' }).click();
  });

  await step('what they can do now', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'What qualifications do you have?' })).toBeVisible();
    await choosePicture(page, /^No qualifications yet/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Next' }).click();
  });

  await step('how far they can travel, with the first part of their postcode', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'How far can you travel?' })).toBeVisible();
    await expect(page.getByText('Question 4 of 4')).toBeVisible();
    await choosePicture(page, /^Bus/);
    await page.getByRole('textbox', { name: 'Your postcode (if you want to)' }).fill('HX1');
    await expect(page.getByRole('textbox', { name: 'Your postcode (if you want to)' })).toHaveValue('HX1');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'See my matches' }).click();
  });

  await step('their matches say why, and show real local options with distance and qualifications', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Your matches' })).toBeVisible();
    await expect(page).toHaveURL(/like=fixing&like=driving&way=hands&now=none&travel=bus&postcode=HX1/);
    const first = page.getByRole('list', { name: 'Your matches' }).getByRole('listitem').first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText('Car mechanic');
    await expect(first.getByText('You like fixing things, driving and working with your hands. You can start without qualifications.')).toBeVisible();
    const options = first.getByRole('list', { name: 'Near you: Car mechanic' }).getByRole('listitem').filter({ has: page.getByRole('link') });
    expect(await options.count()).toBeGreaterThan(0);
    await expect(options.first().getByText(/miles? away$/)).toBeVisible();
    await expect(options.first().getByText(/^(No qualifications needed|May need qualifications)$/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await step('they open the job profile', async () => {
    await page.getByRole('link', { name: 'Car mechanic', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Car mechanic' })).toBeVisible();
    for (const name of ['Why this matches you', 'What you would do in a day', 'Pay', 'Where it can lead', 'Kyle’s story', 'Ways in near you']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('list', { name: 'Courses' }).getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to your matches' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your matches' })).toBeVisible();
  });

  await step('saving asks them to sign in, then brings them back to save', async () => {
    await page.getByRole('button', { name: 'Save my results' }).click();
    await makeNewYoungPersonAccount(page, firstName);
    await expect(page.getByRole('heading', { level: 1, name: 'Your matches' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('You are signed in. Press “Save my results” to keep them.');
    await page.getByRole('button', { name: 'Save my results' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved. You can see your results on your page.');
    await expectNoAxeViolations(page);
  });

  await step('the results are on their own page, and open the same matches again', async () => {
    await page.goto('/my');
    const saved = page.getByRole('list', { name: 'Results you saved' });
    await expect(saved.getByRole('link', { name: 'Car mechanic' })).toBeVisible();
    await expectNoAxeViolations(page);
    await saved.getByRole('link', { name: /^See these matches again/ }).click();
    await expect(page).toHaveURL(/\/explore\/matches\?like=fixing&like=driving&way=hands&now=none&travel=bus&postcode=HX1$/);
  });

  await step('they can remove them', async () => {
    await page.goto('/my');
    await page.getByRole('button', { name: /^Remove/ }).click();
    await expect(page.getByText('Nothing saved yet. Tap some pictures to find work you might like')).toBeVisible();
  });
}
