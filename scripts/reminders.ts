// `npm run jobs:reminders`: sends the messages held back by quiet hours or the daily cap (decision 022), then
// the reminder texts that are due (an unfinished draft, an interview tomorrow, an offer waiting for a reply, a
// step on an action plan due tomorrow), each once; in working hours, the weekly "please check your information"
// email to providers and employers with out-of-date records (decision 032); and it deletes CSV uploads never saved. Run it from a scheduler (cron, a platform job) every hour or so; it keeps no state of its own, so
// running it twice or on two machines at once sends nothing twice beyond the race of one reminder (each
// reminder's key is recorded straight after it is sent; a held message is taken before it is sent).
// Every message goes through lib/notifications: never at night, never over the cap; a reminder that may not
// go now is tried again on the next run.
// Against PGlite, stop the app first: one PGlite data directory must never be open in two processes.
import { runMessageJobs } from '../lib/notifications/reminders-job';
import { runStepReminders } from '../lib/action-plans/step-reminders';
import { configuredSiteOrigin } from '../lib/notifications/notify';
import { runFreshnessReminders } from '../lib/freshness/reminders-job';
import { deleteExpiredPendingImports } from '../db/queries/pending-imports';

const now = new Date();
const summary = await runMessageJobs({ now, siteOrigin: configuredSiteOrigin() });
console.log(
  `Held messages: ${summary.held.sent} sent, ${summary.held.waiting} still waiting. ` +
    `Reminders: ${summary.reminders.sent} sent, ${summary.reminders.waiting} waiting, ${summary.reminders.failed} failed.`,
);
const steps = await runStepReminders({ now, siteOrigin: configuredSiteOrigin() });
console.log(`Plan steps due tomorrow: ${steps.sent} sent, ${steps.held} held for later, ${steps.failed} failed.`);
const freshness = await runFreshnessReminders({ now, siteOrigin: configuredSiteOrigin() });
console.log(
  freshness.outsideWorkingHours
    ? 'Freshness reminders: outside working hours, none sent.'
    : `Freshness reminders: ${freshness.sent} providers and employers reminded (${freshness.people} people).`,
);
console.log(`Unsaved CSV uploads deleted: ${await deleteExpiredPendingImports({ now })}.`);
process.exit(summary.reminders.failed + summary.held.failed + steps.failed > 0 ? 1 : 0);
