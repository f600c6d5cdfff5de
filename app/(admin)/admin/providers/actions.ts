'use server';

import { notFound, redirect } from 'next/navigation';
import { createAreaProvider, setEmployerSuspended } from '@/db/queries/area-organisations';
import { requireLaAdmin } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { NEW_PROVIDER_FIELDS, newProviderSchema } from '@/lib/manage/staff-accounts';

/** Council admins only: a new course provider in their area. */
export async function createProviderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/providers');
  const parsed = parseForm(newProviderSchema, formData, NEW_PROVIDER_FIELDS);
  if (parsed.state) return parsed.state;
  const provider = await createAreaProvider({ actorId: user.id, input: parsed.data });
  if (!provider) notFound();
  redirect(`/admin/providers?done=provider&id=${provider.id}`);
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
