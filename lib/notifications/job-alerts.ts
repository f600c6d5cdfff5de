import 'server-only';
import { getAreaSettings } from '@/db/queries/area-settings';
import { claimAlertDay, releaseAlertDay } from '@/db/queries/notifications';
import { lookupPostcode } from '@/db/queries/places';
import { findDueAlerts, markSearchesAlerted } from '@/db/queries/saved-searches';
import { countNewVacancies } from '@/db/queries/vacancies';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { filtersFromSavedQuery } from '@/lib/vacancies/saved-search';
import { isQuietTime, limitsForArea, localClock, type NotificationConfig, notificationConfigFrom } from './rules';
import { notifyYoungPerson } from './notify';
import { describeNewMatches } from './words';

/** people: due now; quiet: of those, people whose council's quiet hours it is (they wait for a later run). */
export type AlertRunSummary = { people: number; quiet: number; sent: number; failed: number };

/**
 * One run of the job alerts: for each young person with saved searches, counts the vacancies added since the
 * last alert and sends one short message for them all, at most once a day. Keeps nothing in memory between
 * runs: a person's day is claimed with a row (alert_claims), so two servers running at once never both send,
 * and a run that sends nothing gives the day back for a later run. Quiet hours are each person's council's
 * (decision 033): someone in quiet hours is skipped before any counting, and their day is not claimed.
 */
export async function runJobAlerts({ now, siteOrigin }: { now: Date; siteOrigin: string }): Promise<AlertRunSummary> {
  const config = notificationConfigFrom();
  const day = localClock(now, config.timeZone).date;
  const due = await findDueAlerts({ day });
  let sent = 0;
  let failed = 0;
  let quiet = 0;
  const areaLimits = new Map<string, NotificationConfig>();
  for (const person of due) {
    // Their council's quiet hours (or the deployment's when it saved none); notifyYoungPerson checks them again.
    let limits = areaLimits.get(person.laId);
    if (!limits) {
      limits = limitsForArea(config, (await getAreaSettings({ laId: person.laId })).notifications);
      areaLimits.set(person.laId, limits);
    }
    if (isQuietTime(now, limits)) {
      quiet += 1;
      continue;
    }
    if (!(await claimAlertDay({ userId: person.userId, day }))) continue;
    let isSent = false;
    try {
      let total = 0;
      for (const search of person.searches) {
        const filters = filtersFromSavedQuery(search.query);
        const place = filters.postcode ? parsePostcodeQuery(filters.postcode) : null;
        const origin = place ? await lookupPostcode(place) : null;
        // Vacancies hidden as out of date by the person's own council's freshness periods (decision 033).
        const rules = (await getAreaSettings({ laId: person.laId })).freshness;
        total += await countNewVacancies({ laId: person.laId, now, rules, filters, origin, since: search.since });
      }
      if (total > 0) {
        const decision = await notifyYoungPerson({
          userId: person.userId,
          type: 'job_alerts',
          templates: { sms: 'jobAlertSms', email: 'jobAlertEmail' },
          personalisation: { count: describeNewMatches(total), link: `${siteOrigin}/my/searches` },
          siteOrigin,
          now,
          config,
        });
        isSent = decision.send;
        if (isSent) {
          await markSearchesAlerted({ userId: person.userId, at: now });
          sent += 1;
        }
      }
    } catch (error) {
      failed += 1;
      console.error(`Job alert for ${person.userId} was not sent`, error);
    } finally {
      if (!isSent) await releaseAlertDay({ userId: person.userId, day });
    }
  }
  return { people: due.length, quiet, sent, failed };
}
