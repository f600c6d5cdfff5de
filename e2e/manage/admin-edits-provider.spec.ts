import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('a council admin changes a provider in their area after fixing a mistake; young people and the provider’s staff see it; another area cannot', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  // Three people sign in by code, on a machine shared with builds.
  test.setTimeout(180_000);
  const word = uniqueLetters(8);
  const oldName = `Edit Trainers ${word}`;
  const newName = `Calder Edit Academy ${word}`;
  const adminName = `Ada ${word}`;
  const staff = await makeTestStaff(request, { role: 'provider_staff', name: `Pip ${word}`, newProviderName: oldName });
  const admin = await makeTestStaff(request, { role: 'la_admin', name: adminName });
  await signInAsStaff(page, admin.email, /\/admin$/);
  let address = '';

  await test.step('the admin opens the provider from the list of the area’s providers', async () => {
    await page.getByRole('link', { name: 'Providers and employers' }).click();
    await page.getByRole('rowheader', { name: oldName }).getByRole('link', { name: oldName }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Change ${oldName}` })).toBeVisible();
    address = new URL(page.url()).pathname;
    expect(address).toMatch(/^\/admin\/providers\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(oldName);
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  await test.step('a bad website is explained next to the field and in the summary; nothing typed is lost', async () => {
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(newName);
    await page.getByRole('textbox', { name: 'Website' }).fill('not a website');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(errorSummary(page).getByRole('link', { name: 'Enter a web address, like www.example.ac.uk' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole('textbox', { name: 'Website' })).toHaveValue('not a website');
    await expect(page.getByRole('textbox', { name: 'Website' })).toHaveAccessibleDescription(/Enter a web address, like www\.example\.ac\.uk/);
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(newName);
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  await test.step('a good one is saved at once and shows in the recent changes', async () => {
    await page.getByRole('textbox', { name: 'Website' }).fill(`www.edit-${word}.ac.uk`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved. Young people see the changes now. The provider’s staff can see what you changed.');
    await expect(page.getByRole('heading', { level: 1, name: `Change ${newName}` })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Website' })).toHaveValue(`https://www.edit-${word}.ac.uk/`);
    await expect(page.getByRole('list', { name: 'Recent changes' })).toContainText(`Changed the name and the website of ${newName}, by ${adminName}`);
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  await test.step('without JavaScript the form still works: a bad phone number is explained and kept', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL });
    const noScript = await context.newPage();
    await noScript.goto(address);
    await noScript.getByRole('textbox', { name: 'Phone number' }).fill('call us');
    await noScript.getByRole('button', { name: 'Save changes' }).click();
    await expect(errorSummary(noScript)).toContainText('Enter a UK phone number, like 01422 123456');
    await expect(noScript.getByRole('textbox', { name: 'Phone number' })).toHaveValue('call us');
    await noScript.getByRole('textbox', { name: 'Phone number' }).fill('01422 123456');
    await noScript.getByRole('button', { name: 'Save changes' }).click();
    await expect(noScript.getByText('Saved. Young people see the changes now.')).toBeVisible();
    await context.close();
  });

  await test.step('young people see the new name, website and phone number on the provider’s page', async () => {
    await page.getByRole('link', { name: 'See their public page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();
    await expect(page.getByRole('link', { name: /Go to their website/ })).toHaveAttribute('href', `https://www.edit-${word}.ac.uk/`);
    await expect(page.getByRole('link', { name: '01422 123456' })).toBeVisible();
  });

  await test.step('the provider’s staff see who changed what on their own change log', async () => {
    const context = await browser.newContext({ baseURL });
    const staffPage = await context.newPage();
    await signInAsStaff(staffPage, staff.email, /\/provider$/);
    await staffPage.goto('/provider/changes');
    const changes = staffPage.getByRole('list', { name: 'Changes' });
    await expect(changes.getByText(`${adminName} changed the name and the website of ${newName}`)).toBeVisible();
    await expect(changes.getByText(`${adminName} changed the phone number of ${newName}`)).toBeVisible();
    await context.close();
  });

  await test.step('an admin of another area gets not-found for the provider, and does not see it in their list', async () => {
    const other = await makeTestStaff(request, { role: 'la_admin', name: `Ole ${word}`, newAreaName: `Otherdale ${word}` });
    const context = await browser.newContext({ baseURL });
    const otherPage = await context.newPage();
    await signInAsStaff(otherPage, other.email, /\/admin$/);
    expect((await otherPage.goto(address))?.status()).toBe(404);
    await otherPage.goto('/admin/providers');
    await expect(otherPage.getByText(newName)).toHaveCount(0);
    await context.close();
  });
});
