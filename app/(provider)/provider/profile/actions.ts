'use server';

import { notFound, redirect } from 'next/navigation';
import { markOwnProviderChecked, updateOwnProvider } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { PROVIDER_PROFILE_FIELDS, providerProfileSchema } from '@/lib/manage/provider-schemas';

/** Provider staff only: change their provider's profile. Live at once and written to the change log. */
export async function updateProviderProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/profile');
  const parsed = parseForm(providerProfileSchema, formData, PROVIDER_PROFILE_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await updateOwnProvider({ actorId: user.id, input: parsed.data });
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
