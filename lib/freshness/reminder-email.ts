import 'server-only';
import type { ReminderToSend } from '@/db/queries/freshness';
import { sendMessage } from '@/lib/messages/send';

/** Emails one provider's or employer's staff to check their out-of-date records (an admin's click or the weekly job). */
export async function emailFreshnessReminder({ reminder, hideAfterDays, siteOrigin }: { reminder: ReminderToSend; hideAfterDays: number; siteOrigin: string }) {
  for (const email of reminder.emails) {
    await sendMessage('freshnessReminderEmail', email, {
      count: String(reminder.outOfDate),
      owner_name: reminder.ownerName,
      hide_days: String(hideAfterDays),
      link: `${siteOrigin}/sign-in/email`,
    });
  }
}
