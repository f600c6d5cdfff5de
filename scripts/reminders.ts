// `npm run jobs:reminders`: sends the reminder texts that are due (an unfinished draft, an interview
// tomorrow, an offer waiting for a reply, a step on an action plan due tomorrow), each once. Run it from a scheduler (cron, a platform job) every
// hour or so; it keeps no state of its own, so running it twice or on two machines at once sends nothing
// twice beyond the race of one run (each text's key is recorded straight after it is sent).
// Against PGlite, stop the app first: one PGlite data directory must never be open in two processes.
import { findReminderCandidates, markReminderSent } from '../db/queries/applications';
import { runStepReminders } from '../lib/action-plans/step-reminders';
import { dueReminders } from '../lib/applications/reminders';
import { sendMessage } from '../lib/messages/send';
import { configuredSiteOrigin } from '../lib/notifications/notify';

async function main() {
  const now = new Date();
  const due = dueReminders(await findReminderCandidates(), now);
  let sent = 0;
  for (const reminder of due) {
    try {
      await sendMessage(reminder.template, reminder.phone, reminder.personalisation);
      await markReminderSent({ applicationId: reminder.applicationId, key: reminder.key });
      sent += 1;
    } catch (error) {
      console.error(`Reminder ${reminder.key} for application ${reminder.applicationId} was not sent`, error);
    }
  }
  console.log(`Reminders: ${sent} sent, ${due.length - sent} failed.`);
  const steps = await runStepReminders({ now, siteOrigin: configuredSiteOrigin() });
  console.log(`Plan steps due tomorrow: ${steps.sent} sent, ${steps.held} held for later, ${steps.failed} failed.`);
}

await main();
process.exit(0);
