'use server';

import { notFound, redirect } from 'next/navigation';
import { createAreaProvider, setEmployerSuspended, setProviderPaused, updateAreaProvider } from '@/db/queries/area-organisations';
import { requireLaAdmin } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { AREA_PROVIDER_FIELDS, areaProviderSchema, NEW_PROVIDER_FIELDS, newProviderSchema } from '@/lib/manage/staff-accounts';

/** Council admins only: a new course provider in their area. */
export async function createProviderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/providers');
  const parsed = parseForm(newProviderSchema, formData, NEW_PROVIDER_FIELDS);
  if (parsed.state) return parsed.state;
  const provider = await createAreaProvider({ actorId: user.id, input: parsed.data });
  if (!provider) notFound();
  redirect(`/admin/providers?done=provider&id=${provider.id}`);
}

/** Council admins only: change a provider in their area. Live at once, and on the provider's own change log. */
export async function updateAreaProviderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const providerId = formData.get('providerId');
  const user = await requireLaAdmin(isRecordId(providerId) ? `/admin/providers/${providerId}` : '/admin/providers');
  if (!isRecordId(providerId)) notFound();
  const parsed = parseForm(areaProviderSchema, formData, AREA_PROVIDER_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await updateAreaProvider({ actorId: user.id, providerId, input: parsed.data });
  if (!result) notFound();
  redirect(`/admin/providers/${providerId}?saved=${result.changed.length > 0 ? 'changed' : 'same'}`);
}

/** Council admins only: suspend an approved employer in their area (its vacancies disappear) or restore it. */
export async function setEmployerSuspendedAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/providers');
  const employerId = formData.get('employerId');
  if (!isRecordId(employerId)) notFound();
  const isSuspended = formData.get('suspend') === 'yes';
  const result = await setEmployerSuspended({ actorId: user.id, employerId, isSuspended });
  if (!result) notFound();
  if ('problem' in result) redirect(`/admin/providers?done=refused&id=${employerId}#employers`);
  redirect(`/admin/providers?done=${isSuspended ? 'suspended' : 'restored'}&id=${employerId}#employers`);
}

/**
 * Council admins only: pause a provider in their area (its page, courses, open days and vacancies disappear for
 * young people; its staff can still sign in) or restore it. Another area's provider is not found.
 */
export async function setProviderPausedAction(formData: FormData): Promise<void> {
  const providerId = formData.get('providerId');
  const user = await requireLaAdmin(isRecordId(providerId) ? `/admin/providers/${providerId}` : '/admin/providers');
  if (!isRecordId(providerId)) notFound();
  const isPaused = formData.get('pause') === 'yes';
  const result = await setProviderPaused({ actorId: user.id, providerId, isPaused });
  if (!result) notFound();
  const done = isPaused ? 'paused' : 'unpaused';
  if (formData.get('from') === 'provider') redirect(`/admin/providers/${providerId}?saved=${done}`);
  redirect(`/admin/providers?done=${done}&id=${providerId}`);
}
