import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { findRecentSettingsChanges, getOwnAreaSettings } from '@/db/queries/area-settings';
import { formValuesOf } from '@/lib/area-settings/schemas';
import type { SettingsGroup } from '@/lib/area-settings/settings';
import { requireLaAdmin } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/form-state';
import {
  saveAlertsSettingsAction,
  saveConsentSettingsAction,
  saveFreshnessSettingsAction,
  saveKeyDatesSettingsAction,
  saveWagesSettingsAction,
} from './actions';
import { type SettingsField, SettingsForm } from './_components/settings-form';
import { RecentChanges } from '@/components/manage/recent-changes';
import { BackLink } from '@/components/layout/back-link';

export const metadata: Metadata = { title: 'Council settings' };


const whole = { inputMode: 'numeric', width: 'short' } as const;
const money = { inputMode: 'decimal', width: 'short', description: 'In pounds an hour, like 12.71' } as const;

type Group = {
  group: SettingsGroup;
  heading: string;
  changes: string;
  fields: SettingsField[];
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: string;
  submitLabel: string;
};

const GROUPS: Group[] = [
  {
    group: 'freshness',
    heading: 'Freshness periods',
    submitLabel: 'Save freshness periods',
    changes:
      'What this changes: when providers and employers are asked to check their information, and when young people stop seeing it.',
    fields: [
      { name: 'warnAfterDays', label: 'Days until a record needs checking', ...whole },
      { name: 'hideAfterDays', label: 'Days until a record is hidden', description: 'Must be more than the days until it needs checking.', ...whole },
    ],
    action: saveFreshnessSettingsAction,
    saved: 'Freshness periods saved. Search and the dashboards use them now.',
  },
  {
    group: 'keyDates',
    heading: 'September Guarantee key dates',
    submitLabel: 'Save key dates',
    changes: 'What this changes: the dates advisers and young people in years 11 and 12 see on the September Guarantee pages.',
    fields: [
      { name: 'applyByDay', label: 'Apply by: day', description: 'A day of the month, like 28.', ...whole },
      { name: 'applyByMonth', label: 'Apply by: month', description: 'A month from 1 to 12, like 2 for February.', ...whole },
      { name: 'offerByDay', label: 'Offers by: day', description: 'A day of the month, like 30.', ...whole },
      { name: 'offerByMonth', label: 'Offers by: month', description: 'A month from 1 to 12, like 6 for June.', ...whole },
    ],
    action: saveKeyDatesSettingsAction,
    saved: 'Key dates saved.',
  },
  {
    group: 'wages',
    heading: 'Minimum wage rates',
    submitLabel: 'Save minimum wage rates',
    changes:
      'What this changes: the pay young people see for "the legal minimum for your age", and the lowest pay an employer can post. Use the rates on GOV.UK; they change each April.',
    fields: [
      { name: 'ratesFrom', label: 'Rates from', description: 'The date these rates started, like 2026-04-01.', width: 'medium' },
      { name: 'rate21', label: '21 and over (National Living Wage)', ...money },
      { name: 'rate18', label: '18 to 20', ...money },
      { name: 'rate16', label: '16 and 17', ...money },
      { name: 'apprenticeRate', label: 'Apprentice rate', ...money },
    ],
    action: saveWagesSettingsAction,
    saved: 'Minimum wage rates saved.',
  },
  {
    group: 'consent',
    heading: 'Consent age',
    submitLabel: 'Save consent age',
    changes:
      'What this changes: below this age, a young person needs a parent or carer to agree before they let someone see their record.',
    fields: [{ name: 'consentAge', label: 'Consent age', description: 'A whole number from 13 to 16.', ...whole }],
    action: saveConsentSettingsAction,
    saved: 'Consent age saved.',
  },
  {
    group: 'alerts',
    heading: 'Alert limits',
    submitLabel: 'Save alert limits',
    changes: 'What this changes: how many texts and emails a young person gets a day at most, and when none are sent.',
    fields: [
      { name: 'dailyCap', label: 'Most messages a day to one person', description: 'A whole number from 1 to 20.', ...whole },
      { name: 'quietFrom', label: 'Quiet hours start', description: 'A time like 21:00.', width: 'short' },
      { name: 'quietTo', label: 'Quiet hours end', description: 'A time like 08:00.', width: 'short' },
    ],
    action: saveAlertsSettingsAction,
    saved: 'Alert limits saved.',
  },
];

type Props = { searchParams: Promise<{ saved?: string | string[] }> };

/** Council admins: the settings for their own area. Each group saves on its own; every change is logged. */
export default async function AdminSettingsPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/settings');
  const [{ saved }, settings, changes] = await Promise.all([
    searchParams,
    getOwnAreaSettings({ actorId: user.id }),
    findRecentSettingsChanges({ actorId: user.id }),
  ]);
  if (!settings) notFound();
  const values = formValuesOf(settings);

  return (
    <div className="max-w-3xl">
      <BackLink href="/admin">Back to council admin</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Council settings</h1>
      <p className="mt-4 max-w-prose">
        These settings are for your area only. Each part saves on its own. We keep a record of who changed what.
      </p>
      {GROUPS.map((entry) => (
        <section key={entry.group} aria-labelledby={entry.group} className="mt-10">
          <h2 id={entry.group} className="text-2xl font-bold">
            {entry.heading}
          </h2>
          <p className="mt-2 max-w-prose">{entry.changes}</p>
          <SavedNote message={saved === entry.group ? entry.saved : null} />
          <SettingsForm action={entry.action} fields={entry.fields} saved={values[entry.group]} submitLabel={entry.submitLabel} />
        </section>
      ))}
      <RecentChanges changes={changes} className="mt-10" empty="No changes yet. Your area uses the standard settings." />
    </div>
  );
}
