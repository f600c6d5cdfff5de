'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getApplicationProfile, saveApplicationProfile } from '@/db/queries/applications';
import { isProfileSection, PROFILE_SECTION_FIELDS } from '@/lib/applications/profile';
import { parseProfileSection } from '@/lib/applications/schemas';
import { safeNextPath } from '@/lib/auth/roles';
import { requireYoungPerson } from '@/lib/auth/session';
import { formValues, type FormState } from '@/lib/forms/form-state';
import { londonToday } from '@/lib/vacancies/words';

async function parse(formData: FormData, isDone: boolean) {
  const section = formData.get('section');
  const user = await requireYoungPerson(isProfileSection(section) ? `/applications/profile/${section}` : '/applications/profile');
  if (!isProfileSection(section)) notFound();
  const current = await getApplicationProfile({ actorId: user.id });
  if (!current) notFound();
  const fields = [...PROFILE_SECTION_FIELDS[section]];
  const input = formValues(formData, fields);
  const result = parseProfileSection(section, input, { isDone, today: londonToday(new Date()), current });
  return { user, section, input, ...result };
}

/** Young people only: saves one section of their own profile ("this part is done" or "come back later"). */
export async function saveProfileSectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const isDone = formData.get('intent') === 'done';
  const { user, section, input, data, fieldErrors } = await parse(formData, isDone);
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values: input };
  await saveApplicationProfile({ actorId: user.id, values: data, section, isDone });
  revalidatePath('/applications/profile');
  const next = safeNextPath(formData.get('next'));
  redirect(next ?? `/applications/profile?saved=${section}`);
}

/** Young people only: autosave while typing. Saves every answer that makes sense so far; leaves "done" alone. */
export async function autosaveProfileSectionAction(formData: FormData): Promise<{ ok: boolean }> {
  const { user, section, data } = await parse(formData, false);
  const ok = await saveApplicationProfile({ actorId: user.id, values: data, section, isDone: null });
  return { ok };
}
