import { readTextsTo } from '../fixtures/outbox';
import { permissionRequests, readPushesTo, stubPushInBrowser } from '../fixtures/push';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

test('a young person gets news about applications as a notification on their phone, and by text once it is off', async ({ page, request }) => {
  test.setTimeout(120_000);
  await stubPushInBrowser(page);
  const title = `Push course ${Date.now()}`;
  let phone = '';
  const news = page.getByRole('group', { name: 'News about your applications' });
  const push = news.getByRole('radio', { name: 'Notification on this phone' });

  await test.step('the contact page offers notifications, without asking the phone anything yet', async () => {
    await page.goto('/my/contact');
    phone = (await makeNewYoungPersonAccount(page, 'Noor')).e164;
    await expect(page.getByRole('heading', { level: 1, name: 'How we contact you' })).toBeVisible();
    const section = page.getByRole('region', { name: 'Notifications on this phone' });
    await expect(section.getByRole('status')).toHaveText('Notifications are off for this phone.');
    await expect(push).toBeEnabled();
    expect(await permissionRequests(page)).toBe(0);
    await expectNoAxeViolations(page);
  });

  await test.step('choosing a notification for news asks the phone, turns notifications on, and is saved', async () => {
    await push.check();
    await expect(page.getByRole('region', { name: 'Notifications on this phone' }).getByRole('status')).toHaveText('Notifications are on for this phone.');
    expect(await permissionRequests(page)).toBe(1);
    await expect(push).toBeChecked();
    await page.screenshot({ path: '/tmp/push-contact-on.png', fullPage: true });
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your choices are saved' })).toBeVisible();
    await expect(push).toBeChecked();
    await expect(page.getByRole('region', { name: 'Notifications on this phone' }).getByRole('status')).toHaveText('Notifications are on for this phone.');
    await expectNoAxeViolations(page);
  });

  await test.step('an offer at night waits, like a text would', async () => {
    const response = await request.post('/api/test/held-messages', { data: { do: 'offer-text', phone, title, at: '23:00', daysAhead: 20 } });
    expect(await response.json()).toEqual({ send: false, why: 'quiet_hours' });
  });

  await test.step('an offer in the day comes as a notification that names no course, not as a text', async () => {
    const response = await request.post('/api/test/held-messages', { data: { do: 'offer-text', phone, title, at: '12:00', daysAhead: 21 } });
    expect(await response.json()).toEqual({ send: true, channel: 'push' });
    const pushes = await readPushesTo(page, phone, 'You have an offer');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toContain('Opens /applications');
    expect(pushes[0]).not.toContain(title);
    expect(await readTextsTo(page, phone, title)).toHaveLength(0);
  });

  await test.step('they turn notifications off on this phone, and the next offer comes by text', async () => {
    await page.getByRole('button', { name: 'Turn off notifications on this phone' }).click();
    await expect(page.getByRole('region', { name: 'Notifications on this phone' }).getByRole('status')).toHaveText('Notifications are off for this phone.');
    await page.reload();
    await expect(page.getByText('Notifications are not on for any of your phones. News about your applications will come by text.')).toBeVisible();
    const response = await request.post('/api/test/held-messages', { data: { do: 'offer-text', phone, title, at: '12:00', daysAhead: 22 } });
    expect(await response.json()).toEqual({ send: true, channel: 'sms' });
    expect(await readTextsTo(page, phone, title)).toHaveLength(1);
    expect(await readPushesTo(page, phone, 'You have an offer')).toHaveLength(1);
  });

  await test.step('turned on again, signing out of the phone turns it off', async () => {
    // News is still set to a notification: they only need this phone on again.
    await expect(push).toBeChecked();
    await page.getByRole('button', { name: 'Turn on notifications on this phone' }).click();
    await expect(page.getByRole('region', { name: 'Notifications on this phone' }).getByRole('status')).toHaveText('Notifications are on for this phone.');
    const response = await request.post('/api/test/held-messages', { data: { do: 'offer-text', phone, title, at: '12:00', daysAhead: 23 } });
    expect(await response.json()).toEqual({ send: true, channel: 'push' });
    await page.goto('/my');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signed-out/);
    const after = await request.post('/api/test/held-messages', { data: { do: 'offer-text', phone, title, at: '12:00', daysAhead: 24 } });
    expect(await after.json()).toEqual({ send: true, channel: 'sms' });
  });
});

test('where the phone has blocked notifications, the choice is shown but cannot be picked, with the reason', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Notification, 'permission', { configurable: true, get: () => 'denied' });
  });
  await page.goto('/my/contact');
  await makeNewYoungPersonAccount(page, 'Rio');
  const section = page.getByRole('region', { name: 'Notifications on this phone' });
  await expect(section.getByRole('status')).toHaveText(/Notifications from Next Steps are blocked on this phone/);
  const push = page.getByRole('group', { name: 'Reminders' }).getByRole('radio', { name: 'Notification on this phone' });
  await expect(push).toBeDisabled();
  await expect(push).toHaveAccessibleDescription('Blocked in your browser settings.');
  await expectNoAxeViolations(page);
});
