import { z } from 'zod';
import { keyDatesFrom, type SeptemberKeyDates } from '@/lib/applications/academic-year';
import { type FreshnessRules, freshnessRulesFrom } from '@/lib/freshness/rules';
import { type NotificationConfig, notificationConfigFrom } from '@/lib/notifications/rules';
import { type PrivacyConfig, privacyConfigFrom } from '@/lib/privacy/access';
import { DEFAULT_WAGE_RATES, type WageRates } from '@/lib/vacancies/wages';

/**
 * One council's settings (issue 10, decision 033). Each group is either what the council admin saved on
 * /admin/settings or, for an area that never saved it, the deployment's defaults: the environment variables
 * read by freshnessRulesFrom, keyDatesFrom, privacyConfigFrom and notificationConfigFrom, and the wage rates
 * in lib/vacancies/wages.ts. So nothing changes for an area until its admin saves something.
 */
export type AreaSettings = {
  freshness: FreshnessRules;
  keyDates: SeptemberKeyDates;
  wages: WageRates;
  privacy: PrivacyConfig;
  notifications: NotificationConfig;
};

export const SETTINGS_GROUPS = ['freshness', 'keyDates', 'wages', 'consent', 'alerts'] as const;
export type SettingsGroup = (typeof SETTINGS_GROUPS)[number];

/** The defaults for every area: from the environment and the code. */
export function defaultAreaSettings(env: Record<string, string | undefined> = process.env): AreaSettings {
  return {
    freshness: freshnessRulesFrom(env),
    keyDates: keyDatesFrom(env),
    wages: DEFAULT_WAGE_RATES,
    privacy: privacyConfigFrom(env),
    notifications: notificationConfigFrom(env),
  };
}

// What is stored, group by group, in area_settings.settings (jsonb). Each group is checked again when read:
// a group that does not pass (say, written by an older version) is ignored and the default used instead.

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const storedFreshnessSchema = z
  .object({ warnAfterDays: z.number().int().min(1).max(3650), hideAfterDays: z.number().int().min(2).max(3650) })
  .refine((value) => value.hideAfterDays > value.warnAfterDays);

export const storedKeyDatesSchema = z.object({ applyBy: z.string().regex(MONTH_DAY), offerBy: z.string().regex(MONTH_DAY) });

export const storedWagesSchema = z.object({
  ratesFrom: z.string().regex(ISO_DATE),
  bands: z
    .array(z.object({ fromAge: z.number().int().min(16).max(25), hourlyPence: z.number().int().min(1).max(10000) }))
    .min(1),
  apprenticeHourlyPence: z.number().int().min(1).max(10000),
});

export const storedConsentSchema = z.object({ consentAge: z.number().int().min(13).max(16) });

export const storedAlertsSchema = z.object({
  quietFrom: z.number().int().min(0).max(1439),
  quietTo: z.number().int().min(0).max(1439),
  dailyCap: z.number().int().min(1).max(20),
});

export type StoredAreaSettings = {
  freshness?: z.infer<typeof storedFreshnessSchema>;
  keyDates?: z.infer<typeof storedKeyDatesSchema>;
  wages?: z.infer<typeof storedWagesSchema>;
  consent?: z.infer<typeof storedConsentSchema>;
  alerts?: z.infer<typeof storedAlertsSchema>;
};

const STORED_SCHEMAS = {
  freshness: storedFreshnessSchema,
  keyDates: storedKeyDatesSchema,
  wages: storedWagesSchema,
  consent: storedConsentSchema,
  alerts: storedAlertsSchema,
} as const;

/** The stored groups that are valid; anything else is dropped. */
export function storedAreaSettingsFrom(value: unknown): StoredAreaSettings {
  if (!value || typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  const stored: Record<string, unknown> = {};
  for (const group of SETTINGS_GROUPS) {
    const parsed = STORED_SCHEMAS[group].safeParse(record[group]);
    if (parsed.success) stored[group] = parsed.data;
  }
  return stored as StoredAreaSettings;
}

/** The area's saved settings over the defaults, group by group. Pure: the caller passes both in. */
export function mergeAreaSettings(defaults: AreaSettings, saved: unknown): AreaSettings {
  const stored = storedAreaSettingsFrom(saved);
  return {
    freshness: stored.freshness ?? defaults.freshness,
    keyDates: stored.keyDates ?? defaults.keyDates,
    wages: stored.wages
      ? { ...stored.wages, bands: [...stored.wages.bands].sort((a, b) => b.fromAge - a.fromAge) }
      : defaults.wages,
    privacy: stored.consent ? { ...defaults.privacy, consentAge: stored.consent.consentAge } : defaults.privacy,
    notifications: stored.alerts ? { ...defaults.notifications, ...stored.alerts } : defaults.notifications,
  };
}

/** The stored value of one group, as it is now in force (saved or default), for the change log's "before". */
export function storedGroupOf(settings: AreaSettings, group: SettingsGroup): StoredAreaSettings[SettingsGroup] {
  switch (group) {
    case 'freshness':
      return { ...settings.freshness };
    case 'keyDates':
      return { ...settings.keyDates };
    case 'wages':
      return { ratesFrom: settings.wages.ratesFrom, bands: settings.wages.bands.map((band) => ({ ...band })), apprenticeHourlyPence: settings.wages.apprenticeHourlyPence };
    case 'consent':
      return { consentAge: settings.privacy.consentAge };
    case 'alerts':
      return { quietFrom: settings.notifications.quietFrom, quietTo: settings.notifications.quietTo, dailyCap: settings.notifications.dailyCap };
  }
}
