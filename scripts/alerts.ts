// `npm run jobs:alerts`: one run of the job alerts (lib/notifications/job-alerts.ts). Run it from a scheduler
// every hour; see docs/job-alerts.md. Safe on several machines at once: each person's day is claimed with a row.
// Against PGlite, stop the app first: one PGlite data directory must never be open in two processes.
import { runJobAlerts } from '../lib/notifications/job-alerts';
import { configuredSiteOrigin } from '../lib/notifications/notify';

const summary = await runJobAlerts({ now: new Date(), siteOrigin: configuredSiteOrigin() });
console.log(`Job alerts: ${summary.people} people due, ${summary.quiet} in their council's quiet hours, ${summary.sent} sent, ${summary.failed} failed.`);
process.exit(summary.failed > 0 ? 1 : 0);
