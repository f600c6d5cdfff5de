import { readTextsTo } from '../fixtures/outbox';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';
import { expect, test } from '../fixtures/test';

/** How many application texts about this course are in the demo outbox for one phone number. */
const offerTexts = async (page: import('@playwright/test').Page, phone: string, title: string) => (await readTextsTo(page, phone, title)).length;

test('news about an application at night is held back, and the job sends it in the morning', async ({ page, request }) => {
  const title = `Night course ${Date.now()}`;
  let phone = '';

  await test.step('a young person has an account', async () => {
    await page.goto('/sign-in');
    phone = (await makeNewYoungPersonAccount(page, 'Ola')).e164;
  });

  await test.step('an offer made at 23:00 is not texted: it is held back', async () => {
    const response = await request.post('/api/test/held-messages', { data: { do: 'offer-text', phone, title, at: '23:00', daysAhead: 5 } });
    expect(await response.json()).toEqual({ send: false, why: 'quiet_hours' });
    expect(await offerTexts(page, phone, title)).toBe(0);
  });

  await test.step('a run of the job at 23:00 sends nothing', async () => {
    // Each held message is checked against its person's council's quiet hours: this one's are the default, 21:00–08:00.
    const response = await request.post('/api/test/held-messages', { data: { do: 'run-job', at: '23:00', daysAhead: 5 } });
    expect((await response.json()).held.waiting).toBeGreaterThanOrEqual(1);
    expect(await offerTexts(page, phone, title)).toBe(0);
  });

  await test.step('a run at 08:00 sends it, once', async () => {
    await request.post('/api/test/held-messages', { data: { do: 'run-job', at: '08:00', daysAhead: 6 } });
    expect(await offerTexts(page, phone, title)).toBe(1);
    await request.post('/api/test/held-messages', { data: { do: 'run-job', at: '09:00', daysAhead: 6 } });
    expect(await offerTexts(page, phone, title)).toBe(1);
  });
});

test('a council with shorter quiet hours than the deployment’s gets its held messages when its own end', async ({ page, request }) => {
  const title = `Early course ${Date.now()}`;
  let phone = '';
  const runJob = async (at: string) => {
    const response = await request.post('/api/test/held-messages', { data: { do: 'run-job', at, daysAhead: 8 } });
    expect(response.ok()).toBe(true);
  };

  await test.step('a young person’s council has quiet hours 22:00 to 07:00 (the deployment’s are 21:00 to 08:00)', async () => {
    await page.goto('/sign-in');
    phone = (await makeNewYoungPersonAccount(page, 'Ife')).e164;
    const response = await request.post('/api/test/held-messages', { data: { do: 'own-quiet-hours', phone, from: '22:00', to: '07:00' } });
    expect(response.ok()).toBe(true);
  });

  await test.step('an offer at 23:00 is held back', async () => {
    const response = await request.post('/api/test/held-messages', { data: { do: 'offer-text', phone, title, at: '23:00', daysAhead: 7 } });
    expect(await response.json()).toEqual({ send: false, why: 'quiet_hours' });
  });

  await test.step('a run at 06:30, in the council’s quiet hours, sends nothing', async () => {
    await runJob('06:30');
    expect(await offerTexts(page, phone, title)).toBe(0);
  });

  await test.step('a run at 07:30 sends it, though it is still quiet hours for the deployment', async () => {
    await runJob('07:30');
    expect(await offerTexts(page, phone, title)).toBe(1);
  });
});
