'use server';

import { notFound, redirect } from 'next/navigation';
import { removeProviderPhotoByCouncil } from '@/db/queries/provider-photos';
import { requireLaAdmin } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { mediaStorage } from '@/lib/media/storage';
import { PHOTO_REMOVAL_FIELDS, photoRemovalSchema } from '@/lib/provider-photos/schemas';

/** Council admins only: remove a provider's photo in their own area, saying why. Logged; the provider sees the reason. */
export async function removePhotoByCouncilAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/photos');
  const photoId = formData.get('photoId');
  if (!isRecordId(photoId)) notFound();
  const parsed = parseForm(photoRemovalSchema, formData, PHOTO_REMOVAL_FIELDS);
  if (parsed.state) return parsed.state;
  const removed = await removeProviderPhotoByCouncil({ actorId: user.id, photoId, reason: parsed.data.reason });
  if (!removed) notFound();
  await mediaStorage().delete(removed.storageKey);
  redirect('/admin/photos?removed=1');
}
