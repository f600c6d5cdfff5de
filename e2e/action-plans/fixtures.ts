import type { APIRequestContext, Page } from '@playwright/test';
import { readTextsTo } from '../fixtures/outbox';


/** One run of the plan-step reminders (as `npm run jobs:reminders` does) at a London clock time today. */
export async function runStepReminders(request: APIRequestContext, at: string) {
  const post = () => request.post('/api/test/step-reminders', { data: { at, daysAhead: 0 } });
  // A kept-alive connection the server has just closed resets once in a while; the job is safe to run twice.
  const response = await post().catch(post);
  if (!response.ok()) throw new Error(`Could not run the job: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { due: number; sent: number; held: number; failed: number };
}

/** The "due tomorrow" texts in the demo outbox for one phone number. */
export const readStepTexts = (page: Page, phone: string) => readTextsTo(page, phone, 'a step on your plan is due tomorrow');

/** Tomorrow's date in the UK, as a date field takes it ("2026-12-03"). */
export function ukTomorrow(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1, 12)).toISOString().slice(0, 10);
}
