import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** A young person's id (found by phone), put on the adviser's caseload (test-only route). */
export async function putOnCaseload(request: APIRequestContext, adviserId: string, phone: string): Promise<string> {
  const response = await request.post('/api/test/caseload', { data: { adviserId, phone, isLinked: true } });
  if (!response.ok()) throw new Error(`Could not link: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { youngPersonId: string }).youngPersonId;
}

/** One run of the plan-step reminders (as `npm run jobs:reminders` does) at a London clock time today. */
export async function runStepReminders(request: APIRequestContext, at: string) {
  const post = () => request.post('/api/test/step-reminders', { data: { at, daysAhead: 0 } });
  // A kept-alive connection the server has just closed resets once in a while; the job is safe to run twice.
  const response = await post().catch(post);
  if (!response.ok()) throw new Error(`Could not run the job: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { due: number; sent: number; held: number; failed: number };
}

/** The "due tomorrow" texts in the demo outbox for one phone number. */
export async function readStepTexts(page: Page, phone: string): Promise<string[]> {
  const outbox = await page.context().newPage();
  await outbox.goto('/outbox');
  await expect(outbox.getByRole('heading', { level: 1, name: 'Message outbox' })).toBeVisible();
  const texts = await outbox
    .getByRole('list', { name: 'Messages' })
    .getByRole('listitem')
    .filter({ hasText: `Text to ${phone}` })
    .filter({ hasText: 'a step on your plan is due tomorrow' })
    .allTextContents();
  await outbox.close();
  return texts;
}

/** Tomorrow's date in the UK, as a date field takes it ("2026-12-03"). */
export function ukTomorrow(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1, 12)).toISOString().slice(0, 10);
}
