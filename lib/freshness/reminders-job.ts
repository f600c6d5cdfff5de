import 'server-only';
import { getAreaSettings } from '@/db/queries/area-settings';
import { recordAutomaticFreshnessReminders } from '@/db/queries/freshness';
import type { OwnerKind } from './owners';
import { isWorkingHours } from './owners';
import { sendFreshnessReminder } from './reminder-email';

/**
 * The weekly freshness reminder (issue 10, decision 032), run by `npm run jobs:reminders` every hour: in
 * working hours, each provider and employer with records to check, not reminded by anyone for a week, gets the
 * same email or text an admin's one click sends. Outside working hours it does nothing, and the next run catches up.
 */
export async function runFreshnessReminders({ now, siteOrigin, only }: { now: Date; siteOrigin: string; only?: { kind: OwnerKind; id: string } }) {
  if (!isWorkingHours(now)) return { sent: 0, people: 0, outsideWorkingHours: true };
  const reminders = await recordAutomaticFreshnessReminders({ now, rulesFor: async (laId) => (await getAreaSettings({ laId })).freshness, only });
  let people = 0;
  for (const reminder of reminders) {
    people += await sendFreshnessReminder({ reminder, hideAfterDays: reminder.hideAfterDays, siteOrigin });
  }
  return { sent: reminders.length, people, outsideWorkingHours: false };
}
