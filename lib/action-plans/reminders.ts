import type { ActionStepStatus } from './status';

// Which "your step is due tomorrow" texts to send. Pure: scripts/reminders.ts loads the candidates, asks this,
// sends each through lib/notifications (their choice, quiet hours, the daily cap) and marks it sent.

export type StepReminderCandidate = {
  id: string;
  youngPersonId: string;
  text: string;
  status: ActionStepStatus;
  /** "2026-12-03", a UK day. */
  dueOn: string;
  reminderSentAt: Date | null;
};

const ukDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** The UK calendar day ("2026-12-02") of an instant. */
export function ukDate(now: Date): string {
  return ukDay.format(now);
}

/** The UK calendar day after the one now is in (safe across the clocks changing: noon plus a day). */
export function ukTomorrow(now: Date): string {
  const [year, month, day] = ukDate(now).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1, 12)).toISOString().slice(0, 10);
}

/** Steps still to do, due tomorrow in the UK, whose reminder has not gone yet. */
export function stepsDueForReminder(candidates: readonly StepReminderCandidate[], now: Date): StepReminderCandidate[] {
  const tomorrow = ukTomorrow(now);
  return candidates.filter((step) => step.status === 'to_do' && step.dueOn === tomorrow && step.reminderSentAt === null);
}

/** A step's words for a text: short enough for one text message. */
export function shortStepText(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
