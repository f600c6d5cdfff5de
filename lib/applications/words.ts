import type { ApplicationStatus } from './status';
import { isAwaitingReply } from './status';

// Dates and small rules shown on application pages. Pure, so pages and tests share them.

const DAY_MS = 24 * 60 * 60 * 1000;

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** "1 December 2026". */
export function formatDay(date: Date): string {
  return dateFormat.format(date);
}

/** "Tuesday 8 December at 10:30am". */
export function formatWhen(date: Date): string {
  const parts = dateTimeFormat.formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} at ${get('hour')}:${get('minute')}${get('dayPeriod').toLowerCase()}`;
}

/** The offset of London from UTC, in minutes, at a moment. */
function londonOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** A "2026-12-08T10:30" from a date-and-time box, read as London time. */
export function fromLondonLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const guess = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (guess.getUTCMonth() !== mo - 1 || guess.getUTCDate() !== d) return null;
  return new Date(guess.getTime() - londonOffsetMinutes(guess) * 60_000);
}

/** Days the provider or employer has before a young person may send a polite reminder (REMIND_AFTER_DAYS, default 10). */
export function remindAfterDaysFrom(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.REMIND_AFTER_DAYS);
  return Number.isInteger(days) && days > 0 ? days : 10;
}

/**
 * Whether the young person may send a reminder now: the application is sent and not answered, it was sent
 * at least `afterDays` ago, and their last reminder (if any) was at least as long ago.
 */
export function canSendReminder(
  { status, submittedAt, remindedAt }: { status: ApplicationStatus; submittedAt: Date | null; remindedAt: Date | null },
  now: Date,
  afterDays: number,
): boolean {
  if (!isAwaitingReply(status) || !submittedAt) return false;
  const since = remindedAt && remindedAt > submittedAt ? remindedAt : submittedAt;
  return now.getTime() - since.getTime() >= afterDays * DAY_MS;
}

/** Whole days between two moments. */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** Application links use the id: anything that is not a uuid is not an application, and never reaches the database. */
export function isApplicationId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
