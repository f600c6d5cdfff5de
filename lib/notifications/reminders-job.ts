import 'server-only';
import { findReminderCandidates, markReminderSent } from '@/db/queries/applications';
import { dueReminders } from '@/lib/applications/reminders';
import { sendHeldMessages } from './held';
import { notifyYoungPerson } from './notify';
import { type NotificationConfig, notificationConfigFrom } from './rules';

/**
 * One run of `npm run jobs:reminders` (decision 022): first the messages held back earlier, then the reminders
 * due now, each through the notifications module. A reminder stopped by quiet hours or the cap is not marked
 * sent, so the next run tries again.
 */
export async function runMessageJobs({ now, siteOrigin, config = notificationConfigFrom() }: { now: Date; siteOrigin: string; config?: NotificationConfig }) {
  const held = await sendHeldMessages({ now, siteOrigin, config });
  const reminders = { sent: 0, waiting: 0, failed: 0 };
  for (const reminder of dueReminders(await findReminderCandidates(), now)) {
    try {
      const decision = await notifyYoungPerson({
        userId: reminder.userId,
        type: 'reminders',
        templates: { sms: reminder.template },
        personalisation: reminder.personalisation,
        phone: reminder.phone,
        siteOrigin,
        now,
        config,
      });
      if (decision.send) {
        await markReminderSent({ applicationId: reminder.applicationId, key: reminder.key });
        reminders.sent += 1;
      } else if (decision.why === 'quiet_hours' || decision.why === 'daily_cap') {
        reminders.waiting += 1;
      } else {
        // Turned off by the person: it will not go, so it is not tried again.
        await markReminderSent({ applicationId: reminder.applicationId, key: reminder.key });
      }
    } catch (error) {
      console.error(`Reminder ${reminder.key} for application ${reminder.applicationId} was not sent`, error);
      reminders.failed += 1;
    }
  }
  return { held, reminders };
}
