import 'server-only';
import type { ReminderToSend } from '@/db/queries/freshness';
import { sendMessage } from '@/lib/messages/send';

/**
 * Reminds one provider's or employer's staff to check their out-of-date records (an admin's click or the weekly
 * job): an email to each with an email address, a text to each who signs in with a mobile only. Returns how
 * many people it went to.
 */
export async function sendFreshnessReminder({ reminder, hideAfterDays, siteOrigin }: { reminder: ReminderToSend; hideAfterDays: number; siteOrigin: string }): Promise<number> {
  const words = { count: String(reminder.outOfDate), owner_name: reminder.ownerName, hide_days: String(hideAfterDays) };
  for (const email of reminder.emails) {
    await sendMessage('freshnessReminderEmail', email, { ...words, link: `${siteOrigin}/sign-in/email` });
  }
  for (const phone of reminder.phones) {
    await sendMessage('freshnessReminderSms', phone, { ...words, link: `${siteOrigin}/sign-in` });
  }
  return reminder.emails.length + reminder.phones.length;
}
