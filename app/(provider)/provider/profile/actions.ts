'use server';

import { notFound, redirect } from 'next/navigation';
import { addOwnOpenDay, markOwnProviderChecked, removeOwnOpenDay, updateOwnProvider } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { OPEN_DAY_FIELDS, openDaySchema, PROVIDER_PROFILE_FIELDS, providerProfileSchema } from '@/lib/manage/provider-schemas';
import { londonToday } from '@/lib/vacancies/words';

/** Provider staff only: change their provider’s profile. Live at once, counts as checked, written to the change log. */
export async function updateProviderProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/profile');
  const parsed = parseForm(providerProfileSchema, formData, PROVIDER_PROFILE_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await updateOwnProvider({ actorId: user.id, input: parsed.data, now: new Date() });
  if (!result) notFound();
  redirect('/provider/profile?saved=profile');
}

/** Provider staff only: "checked, still correct" for their provider. */
export async function markProviderCheckedAction(): Promise<void> {
  const user = await requireProviderStaff('/provider/profile');
  const result = await markOwnProviderChecked({ actorId: user.id, now: new Date() });
  if (!result) notFound();
  redirect('/provider/profile?saved=checked');
}

/** Provider staff only: add an open day or taster event. Live at once and logged. */
export async function addOpenDayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/profile');
  const parsed = parseForm(openDaySchema(londonToday(new Date())), formData, OPEN_DAY_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await addOwnOpenDay({ actorId: user.id, input: parsed.data });
  if (!result) notFound();
  redirect('/provider/profile?saved=open-day#open-days');
}

/** Provider staff only: remove one of their open days. Logged. */
export async function removeOpenDayAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/profile');
  const openDayId = formData.get('openDayId');
  if (!isRecordId(openDayId)) notFound();
  const result = await removeOwnOpenDay({ actorId: user.id, openDayId });
  if (!result) notFound();
  redirect('/provider/profile?saved=open-day-removed#open-days');
}
