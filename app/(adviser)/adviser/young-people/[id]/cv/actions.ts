'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { setTranscriptAsStaff } from '@/db/queries/portfolio-staff';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { requireAdviser } from '@/lib/auth/session';
import { staffTranscriptSchema } from '@/lib/cv/schemas';
import { fieldErrorsFrom, formText, type FormState } from '@/lib/forms/form-state';

/**
 * Advisers only: writes the words for a voice note or video on a young person's CV, shown as written by
 * the adviser. Only with the young person's consent to see their CV; anything else looks missing.
 */
export async function addTranscriptAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireAdviser('/adviser');
  await notFoundIfPresenting();
  const parsed = staffTranscriptSchema.safeParse({
    youngPersonId: String(formData.get('youngPersonId') ?? ''),
    mediaId: String(formData.get('mediaId') ?? ''),
    transcript: formText(formData, 'transcript'),
  });
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error);
    if (errors.youngPersonId || errors.mediaId) notFound();
    return { fieldErrors: errors, values: { transcript: formText(formData, 'transcript') } };
  }
  const { youngPersonId, mediaId, transcript } = parsed.data;
  const isSaved = await setTranscriptAsStaff({ actorId: user.id, youngPersonId, mediaId, transcript, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!isSaved) notFound();
  redirect(`/adviser/young-people/${youngPersonId}/cv?words=saved#media-${mediaId}`);
}
