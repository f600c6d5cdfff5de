'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getApplicationProfile, saveApplicationProfile } from '@/db/queries/applications';
import { getMediaAsset } from '@/db/queries/media';
import { isProfileSection, PROFILE_SECTION_FIELDS } from '@/lib/applications/profile';
import { parseProfileSection } from '@/lib/applications/schemas';
import { safeNextPath } from '@/lib/auth/roles';
import { requireYoungPerson } from '@/lib/auth/session';
import { formValues, type FormState } from '@/lib/forms/form-state';
import { isUuid } from '@/lib/media/keys';
import { fileFromForm, saveFormFile } from '@/lib/media/save';
import { londonToday } from '@/lib/vacancies/words';

/**
 * The recorded "about you": a file sent with the form, else the recorder's hidden field ('' lets it go), else
 * unchanged (undefined). A recording must be the young person's own sound or video.
 */
async function statementMedia(actorId: string, formData: FormData): Promise<{ mediaId?: string | null; error?: string }> {
  const file = fileFromForm(formData, 'statementFile');
  if (file) {
    const saved = await saveFormFile({ actorId, file, kinds: ['audio', 'video'] });
    if ('mediaId' in saved) return { mediaId: saved.mediaId };
    return { error: saved.message === 'wrong-kind' ? 'Choose a sound recording or a video' : saved.message };
  }
  const recorded = formData.get('personalStatementMediaId');
  if (typeof recorded !== 'string') return {};
  if (recorded === '') return { mediaId: null };
  const media = isUuid(recorded) ? await getMediaAsset({ actorId, mediaId: recorded }) : null;
  if (!media || (media.kind !== 'audio' && media.kind !== 'video')) notFound();
  return { mediaId: media.id };
}

async function parse(formData: FormData, isDone: boolean) {
  const section = formData.get('section');
  const user = await requireYoungPerson(isProfileSection(section) ? `/applications/profile/${section}` : '/applications/profile');
  if (!isProfileSection(section)) notFound();
  const saved = await getApplicationProfile({ actorId: user.id });
  if (!saved) notFound();
  const fields = [...PROFILE_SECTION_FIELDS[section]];
  const input = formValues(formData, fields);
  const media = section === 'statement' ? await statementMedia(user.id, formData) : {};
  const current = media.mediaId !== undefined ? { ...saved, personalStatementMediaId: media.mediaId } : saved;
  const result = parseProfileSection(section, input, { isDone, today: londonToday(new Date()), current });
  const data = media.mediaId !== undefined ? { ...result.data, personalStatementMediaId: media.mediaId } : result.data;
  const fieldErrors = media.error ? { ...result.fieldErrors, statementFile: media.error } : result.fieldErrors;
  return { user, section, input, data, fieldErrors };
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
