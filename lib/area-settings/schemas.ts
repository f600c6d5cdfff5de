import { z } from 'zod';
import { parseClockTime } from '@/lib/notifications/rules';
import { isRealDate } from '@/lib/manage/provider-schemas';
import { parsePounds } from '@/lib/vacancies/posting';
import type { AreaSettings, SettingsGroup, StoredAreaSettings } from './settings';

// The council settings forms on /admin/settings, checked on the server. Each turns what was typed into the
// group's stored value (lib/area-settings/settings.ts). Messages name the field and say what to do.

const wholeNumber = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, message)
    .transform(Number);

export const FRESHNESS_FIELDS = ['warnAfterDays', 'hideAfterDays'];

export const freshnessSettingsSchema = z
  .object({
    warnAfterDays: wholeNumber('Enter the days until a record needs checking, as a whole number like 90').pipe(
      z.number().min(1, 'The days until a record needs checking must be 1 or more').max(3650, 'The days until a record needs checking must be 3650 or fewer'),
    ),
    hideAfterDays: wholeNumber('Enter the days until a record is hidden, as a whole number like 180').pipe(
      z.number().min(2, 'The days until a record is hidden must be 2 or more').max(3650, 'The days until a record is hidden must be 3650 or fewer'),
    ),
  })
  .refine((value) => value.hideAfterDays > value.warnAfterDays, {
    path: ['hideAfterDays'],
    message: 'The days until a record is hidden must be more than the days until it needs checking',
  });

export const KEY_DATES_FIELDS = ['applyByDay', 'applyByMonth', 'offerByDay', 'offerByMonth'];

/** Day and month to "MM-DD", or null when it is not a date in every year (29 February is not). */
export function toMonthDay(day: string, month: string): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim())) return null;
  const monthDay = `${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
  return isRealDate(`2027-${monthDay}`) ? monthDay : null;
}

export const keyDatesSettingsSchema = z
  .object({ applyByDay: z.string(), applyByMonth: z.string(), offerByDay: z.string(), offerByMonth: z.string() })
  .transform((input, context) => {
    const applyBy = toMonthDay(input.applyByDay, input.applyByMonth);
    const offerBy = toMonthDay(input.offerByDay, input.offerByMonth);
    if (!applyBy) context.addIssue({ code: 'custom', path: ['applyByDay'], message: 'Enter a real date to apply by, like 28 and 2 for 28 February' });
    if (!offerBy) context.addIssue({ code: 'custom', path: ['offerByDay'], message: 'Enter a real date for offers, like 30 and 6 for 30 June' });
    if (!applyBy || !offerBy) return z.NEVER;
    if (offerBy <= applyBy) {
      context.addIssue({ code: 'custom', path: ['offerByDay'], message: 'The date for offers must be after the date to apply by' });
      return z.NEVER;
    }
    return { applyBy, offerBy };
  });

export const WAGES_FIELDS = ['ratesFrom', 'rate21', 'rate18', 'rate16', 'apprenticeRate'];

const pounds = (label: string) =>
  z
    .string()
    .trim()
    .transform((value, context) => {
      const pence = value.startsWith('-') ? null : parsePounds(value);
      if (pence === null || pence <= 0 || pence > 10000) {
        context.addIssue({ code: 'custom', message: `Enter the ${label} in pounds, like 12.71` });
        return z.NEVER;
      }
      return pence;
    });

export const wagesSettingsSchema = z
  .object({
    ratesFrom: z.string().trim().refine(isRealDate, 'Enter the date the rates start, like 2026-04-01'),
    rate21: pounds('rate for 21 and over'),
    rate18: pounds('rate for 18 to 20'),
    rate16: pounds('rate for 16 and 17'),
    apprenticeRate: pounds('apprentice rate'),
  })
  .transform((input, context) => {
    if (input.rate18 > input.rate21) {
      context.addIssue({ code: 'custom', path: ['rate18'], message: 'The rate for 18 to 20 must not be more than the rate for 21 and over' });
      return z.NEVER;
    }
    if (input.rate16 > input.rate18) {
      context.addIssue({ code: 'custom', path: ['rate16'], message: 'The rate for 16 and 17 must not be more than the rate for 18 to 20' });
      return z.NEVER;
    }
    return {
      ratesFrom: input.ratesFrom,
      bands: [
        { fromAge: 21, hourlyPence: input.rate21 },
        { fromAge: 18, hourlyPence: input.rate18 },
        { fromAge: 16, hourlyPence: input.rate16 },
      ],
      apprenticeHourlyPence: input.apprenticeRate,
    };
  });

export const CONSENT_FIELDS = ['consentAge'];

export const consentSettingsSchema = z.object({
  consentAge: wholeNumber('Enter the consent age as a whole number from 13 to 16').pipe(
    z.number().min(13, 'The consent age must be 13 to 16').max(16, 'The consent age must be 13 to 16'),
  ),
});

export const ALERTS_FIELDS = ['dailyCap', 'quietFrom', 'quietTo'];

const clock = (message: string) =>
  z
    .string()
    .trim()
    .transform((value, context) => {
      const minutes = parseClockTime(value);
      if (minutes === null) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return minutes;
    });

export const alertsSettingsSchema = z
  .object({
    dailyCap: wholeNumber('Enter the most messages a day as a whole number from 1 to 20').pipe(
      z.number().min(1, 'The most messages a day must be 1 to 20').max(20, 'The most messages a day must be 1 to 20'),
    ),
    quietFrom: clock('Enter when quiet hours start, like 21:00'),
    quietTo: clock('Enter when quiet hours end, like 08:00'),
  })
  .refine((value) => value.quietFrom !== value.quietTo, { path: ['quietTo'], message: 'Quiet hours must end at a different time from when they start' });

export const SETTINGS_FORMS = {
  freshness: { schema: freshnessSettingsSchema, fields: FRESHNESS_FIELDS },
  keyDates: { schema: keyDatesSettingsSchema, fields: KEY_DATES_FIELDS },
  wages: { schema: wagesSettingsSchema, fields: WAGES_FIELDS },
  consent: { schema: consentSettingsSchema, fields: CONSENT_FIELDS },
  alerts: { schema: alertsSettingsSchema, fields: ALERTS_FIELDS },
} as const satisfies Record<SettingsGroup, { schema: z.ZodType<StoredAreaSettings[SettingsGroup]>; fields: string[] }>;

const twoDigits = (value: number) => String(value).padStart(2, '0');
const clockText = (minutes: number) => `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
const poundsText = (pence: number) => (pence / 100).toFixed(2);

/** What each form shows before anything is typed: the settings in force. */
export function formValuesOf(settings: AreaSettings): Record<SettingsGroup, Record<string, string>> {
  const band = (fromAge: number) => settings.wages.bands.find((entry) => entry.fromAge === fromAge)?.hourlyPence;
  const [applyMonth, applyDay] = settings.keyDates.applyBy.split('-');
  const [offerMonth, offerDay] = settings.keyDates.offerBy.split('-');
  return {
    freshness: { warnAfterDays: String(settings.freshness.warnAfterDays), hideAfterDays: String(settings.freshness.hideAfterDays) },
    keyDates: {
      applyByDay: String(Number(applyDay)),
      applyByMonth: String(Number(applyMonth)),
      offerByDay: String(Number(offerDay)),
      offerByMonth: String(Number(offerMonth)),
    },
    wages: {
      ratesFrom: settings.wages.ratesFrom,
      rate21: band(21) === undefined ? '' : poundsText(band(21)!),
      rate18: band(18) === undefined ? '' : poundsText(band(18)!),
      rate16: band(16) === undefined ? '' : poundsText(band(16)!),
      apprenticeRate: poundsText(settings.wages.apprenticeHourlyPence),
    },
    consent: { consentAge: String(settings.privacy.consentAge) },
    alerts: {
      dailyCap: String(settings.notifications.dailyCap),
      quietFrom: clockText(settings.notifications.quietFrom),
      quietTo: clockText(settings.notifications.quietTo),
    },
  };
}

const GROUP_NAMES: Record<SettingsGroup, string> = {
  freshness: 'Freshness periods',
  keyDates: 'September Guarantee key dates',
  wages: 'Minimum wage rates',
  consent: 'Consent age',
  alerts: 'Alert limits',
};

/** One line for the change log: "Freshness periods: 90 → 30 days until needs checking, …". */
export function describeSettingsChange(group: SettingsGroup, before: Record<string, string>, after: Record<string, string>): string {
  const changed = Object.keys(after).filter((field) => before[field] !== after[field]);
  if (changed.length === 0) return `${GROUP_NAMES[group]} saved with no changes`;
  return `${GROUP_NAMES[group]}: ${changed.map((field) => `${FIELD_WORDS[field] ?? field} ${before[field] || '(none)'} to ${after[field]}`).join(', ')}`;
}

export const FIELD_WORDS: Record<string, string> = {
  warnAfterDays: 'days until needs checking',
  hideAfterDays: 'days until hidden',
  applyByDay: 'apply by day',
  applyByMonth: 'apply by month',
  offerByDay: 'offers by day',
  offerByMonth: 'offers by month',
  ratesFrom: 'rates from',
  rate21: '21 and over £',
  rate18: '18 to 20 £',
  rate16: '16 and 17 £',
  apprenticeRate: 'apprentice £',
  consentAge: 'consent age',
  dailyCap: 'most messages a day',
  quietFrom: 'quiet from',
  quietTo: 'quiet until',
};
