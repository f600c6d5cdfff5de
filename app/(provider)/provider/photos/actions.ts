'use server';

import { notFound, redirect } from 'next/navigation';
import { moveOwnProviderPhoto, removeProviderPhoto } from '@/db/queries/provider-photos';
import { requireProviderStaff } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { mediaStorage } from '@/lib/media/storage';
import { saveProviderPhotoFromForm } from '@/lib/provider-photos/save';

/** Provider staff only: add a photo of their provider with words saying what it shows. Live at once, logged. */
export async function addProviderPhotoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/photos');
  const result = await saveProviderPhotoFromForm({ actorId: user.id, formData });
  if ('state' in result) return result.state;
  redirect('/provider/photos?saved=added');
}

/** Provider staff only: remove one of their provider's photos. Logged. */
export async function removeProviderPhotoAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/photos');
  const photoId = formData.get('photoId');
  if (!isRecordId(photoId)) notFound();
  const removed = await removeProviderPhoto({ actorId: user.id, photoId });
  if (!removed) notFound();
  await mediaStorage().delete(removed.storageKey);
  redirect('/provider/photos?saved=removed');
}

/** Provider staff only: move one of their provider's photos one place up or down the page. Logged. */
export async function moveProviderPhotoAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/photos');
  const photoId = formData.get('photoId');
  const direction = formData.get('direction');
  if (!isRecordId(photoId) || (direction !== 'up' && direction !== 'down')) notFound();
  const moved = await moveOwnProviderPhoto({ actorId: user.id, photoId, direction });
  if (!moved) notFound();
  redirect('/provider/photos?saved=moved');
}
