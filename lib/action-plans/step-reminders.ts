import 'server-only';
import { claimStepReminder, findStepReminderCandidates, releaseStepReminder } from '@/db/queries/action-plans';
import { notifyYoungPerson } from '@/lib/notifications/notify';
import { notificationConfigFrom } from '@/lib/notifications/rules';
import { shortStepText, stepsDueForReminder, ukDate, ukTomorrow } from './reminders';

export type StepReminderSummary = { due: number; sent: number; held: number; failed: number };

/**
 * One run of the "your step is due tomorrow" texts (part of `npm run jobs:reminders`). Each step's reminder is
 * claimed before it is sent, so two runs at once send it once; a text held by quiet hours or the day's cap is
 * given back for a later run. A person who turned reminders off, or has no phone or email, is not asked again.
 */
export async function runStepReminders({ now, siteOrigin }: { now: Date; siteOrigin: string }): Promise<StepReminderSummary> {
  const config = notificationConfigFrom();
  const candidates = await findStepReminderCandidates({ from: ukDate(now), to: ukTomorrow(now) });
  const due = stepsDueForReminder(candidates, now);
  const summary: StepReminderSummary = { due: due.length, sent: 0, held: 0, failed: 0 };
  for (const step of due) {
    if (!(await claimStepReminder({ stepId: step.id, at: now }))) continue;
    try {
      const decision = await notifyYoungPerson({
        userId: step.youngPersonId,
        type: 'reminders',
        templates: { sms: 'stepDueTomorrowSms', email: 'stepDueTomorrowEmail' },
        personalisation: { step: shortStepText(step.text), link: `${siteOrigin}/my/plan/${step.id}` },
        siteOrigin,
        now,
        config,
      });
      if (decision.send) summary.sent += 1;
      else if (decision.why === 'quiet_hours' || decision.why === 'daily_cap') {
        summary.held += 1;
        await releaseStepReminder({ stepId: step.id });
      }
    } catch (error) {
      summary.failed += 1;
      await releaseStepReminder({ stepId: step.id });
      console.error(`Reminder for plan step ${step.id} was not sent`, error);
    }
  }
  return summary;
}
