'use server';

import { notFound, redirect } from 'next/navigation';
import { updateAreaSettings } from '@/db/queries/area-settings';
import { SETTINGS_FORMS } from '@/lib/area-settings/schemas';
import type { SettingsGroup, StoredAreaSettings } from '@/lib/area-settings/settings';
import { requireLaAdmin } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';

/** Council admins only: check one group of settings, save it for their own area (logged), and say so. */
async function saveGroup(group: SettingsGroup, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/settings');
  const form = SETTINGS_FORMS[group];
  const parsed = parseForm(form.schema, formData, form.fields);
  if (parsed.state) return parsed.state;
  const result = await updateAreaSettings({ actorId: user.id, group, value: parsed.data as NonNullable<StoredAreaSettings[typeof group]> });
  if (!result) notFound();
  redirect(`/admin/settings?saved=${group}#${group}`);
}

export async function saveFreshnessSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveGroup('freshness', formData);
}

export async function saveKeyDatesSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveGroup('keyDates', formData);
}

export async function saveWagesSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveGroup('wages', formData);
}

export async function saveConsentSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveGroup('consent', formData);
}

export async function saveAlertsSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveGroup('alerts', formData);
}
