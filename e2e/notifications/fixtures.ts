import type { APIRequestContext, Page } from '@playwright/test';
import { readTextsTo } from '../fixtures/outbox';

/** Adds a live vacancy through the test-only route, as an employer posting one would. */
export async function addTestVacancy(request: APIRequestContext, title: string): Promise<string> {
  const response = await request.post('/api/test/vacancy', { data: { title } });
  if (!response.ok()) throw new Error(`Could not add a vacancy: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** One run of the job alerts (as `npm run jobs:alerts` does) at a London clock time, days from today. */
export async function runJobAlerts(request: APIRequestContext, at: string, daysAhead: number) {
  const response = await request.post('/api/test/job-alerts', { data: { at, daysAhead } });
  if (!response.ok()) throw new Error(`Could not run the job: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { people: number; quiet: number; sent: number; failed: number };
}

/** The alert texts in the demo outbox for one phone number, newest first. */
export const readAlertTexts = (page: Page, phone: string) => readTextsTo(page, phone, 'for your saved searches');

/** The stop link in a text: this site's /stop/… address. */
export function stopLinkIn(text: string): string {
  // A token is 23 characters, a dot and 22 more (lib/notifications/stop-token.ts); the outbox's time follows it.
  const link = /https?:\/\/[^\s/]+\/stop\/[\w-]{23}\.[\w-]{22}/.exec(text)?.[0];
  if (!link) throw new Error(`No stop link in: ${text}`);
  return new URL(link).pathname;
}
