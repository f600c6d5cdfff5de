import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { enrolKiosk } from '../fixtures/kiosk';
import { readPushesTo, stubPushInBrowser } from '../fixtures/push';
import { signInWithEmail } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('"Ask someone here" alerts the advisers at that centre who turned kiosk alerts on, and nobody else', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const here = await makeTestStaff(request, { role: 'adviser', name: `Kim ${uniqueLetters()}`, centreName: 'Halifax Youth Hub' });
  const elsewhere = await makeTestStaff(request, { role: 'adviser', name: `Lee ${uniqueLetters()}`, centreName: 'Todmorden Youth Centre' });
  const notOn = await makeTestStaff(request, { role: 'adviser', name: `Max ${uniqueLetters()}`, centreName: 'Halifax Youth Hub' });

  for (const adviser of [here, elsewhere]) {
    await test.step(`an adviser turns on kiosk alerts on their computer (${adviser === here ? 'Halifax' : 'Todmorden'})`, async () => {
      const context = await browser.newContext();
      const staffPage = await context.newPage();
      await stubPushInBrowser(staffPage);
      await signInWithEmail(staffPage, adviser.email);
      const alerts = staffPage.getByRole('region', { name: 'Kiosk alerts' });
      await expect(alerts.getByRole('status')).toHaveText('Kiosk alerts are off for this computer.');
      if (adviser === here) await expectNoAxeViolations(staffPage);
      await alerts.getByRole('button', { name: 'Turn on kiosk alerts' }).click();
      await expect(alerts.getByRole('status')).toHaveText('Kiosk alerts are on for this computer until you sign out.');
      await expect(alerts.getByRole('button', { name: 'Turn off kiosk alerts' })).toBeVisible();
      if (adviser === here) {
        await expectNoAxeViolations(staffPage);
        await staffPage.screenshot({ path: '/tmp/push-adviser-alerts.png', fullPage: true });
      }
      await context.close();
    });
  }

  const { label } = await enrolKiosk(page, browser, request);

  await test.step('someone at a Halifax kiosk asks for help', async () => {
    await page.getByRole('navigation', { name: 'This computer' }).getByRole('link', { name: 'Ask someone here' }).click();
    await page.getByRole('button', { name: 'Ask someone to come and help me' }).click();
    await expect(page.getByRole('status')).toHaveText(/We have told the staff at Halifax Youth Hub/);
  });

  await test.step('only the Halifax adviser with alerts on gets a push; the panel still shows everyone', async () => {
    const words = `Someone at ${label} in Halifax Youth Hub wants help.`;
    const pushes = await readPushesTo(page, here.email, words);
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toContain('Opens /adviser');
    expect(await readPushesTo(page, elsewhere.email, label)).toHaveLength(0);
    expect(await readPushesTo(page, notOn.email, label)).toHaveLength(0);

    const context = await browser.newContext();
    const staffPage = await context.newPage();
    await signInWithEmail(staffPage, notOn.email);
    await expect(staffPage.getByRole('list', { name: 'People waiting at a kiosk' }).getByRole('listitem').filter({ hasText: label })).toBeVisible();
    await context.close();
  });
});
