import type { MessageTemplateName } from '@/lib/messages/templates';
import type { ApplicationStatus } from './status';
import { formatWhen } from './words';

// Which reminder texts are due. Pure: the runner (scripts/reminders.ts) loads the candidates, asks this, sends
// each text through lib/notifications and records its key so it goes once.

const DAY_MS = 24 * 60 * 60 * 1000;

export const DRAFT_REMINDER_DAYS = 3;
export const OFFER_REMINDER_DAYS = 3;

export type ReminderInput = {
  id: string;
  youngPersonId: string;
  status: ApplicationStatus;
  updatedAt: Date;
  interviewAt: Date | null;
  offerChangedAt: Date | null;
  remindersSent: string[];
  phone: string | null;
  title: string;
};

export type DueReminder = {
  applicationId: string;
  userId: string;
  /** Stored in applications.reminders_sent, so the same reminder never goes twice. */
  key: string;
  template: MessageTemplateName;
  phone: string;
  personalisation: Record<string, string>;
};

const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

function tomorrowInLondon(now: Date): string {
  return londonDay.format(new Date(now.getTime() + DAY_MS));
}

/** The reminder texts due now: an unfinished draft (3 days, once), an interview tomorrow, an offer waiting for a reply (once). */
export function dueReminders(candidates: ReminderInput[], now: Date): DueReminder[] {
  const due: DueReminder[] = [];
  for (const application of candidates) {
    if (!application.phone) continue;
    const base = { applicationId: application.id, userId: application.youngPersonId, phone: application.phone };
    const sent = new Set(application.remindersSent);
    if (
      application.status === 'draft' &&
      !sent.has('draft') &&
      now.getTime() - application.updatedAt.getTime() >= DRAFT_REMINDER_DAYS * DAY_MS
    ) {
      due.push({ ...base, key: 'draft', template: 'draftReminderSms', personalisation: { title: application.title } });
    }
    if (application.status === 'interview' && application.interviewAt) {
      // A new date is a new reminder.
      const key = `interview:${application.interviewAt.toISOString()}`;
      if (!sent.has(key) && londonDay.format(application.interviewAt) === tomorrowInLondon(now)) {
        due.push({
          ...base,
          key,
          template: 'interviewTomorrowSms',
          personalisation: { title: application.title, when: formatWhen(application.interviewAt) },
        });
      }
    }
    if (
      application.status === 'offer' &&
      !sent.has('offer') &&
      application.offerChangedAt &&
      now.getTime() - application.offerChangedAt.getTime() >= OFFER_REMINDER_DAYS * DAY_MS
    ) {
      due.push({ ...base, key: 'offer', template: 'offerAwaitingSms', personalisation: { title: application.title } });
    }
  }
  return due;
}
