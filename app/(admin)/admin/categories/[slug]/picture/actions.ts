'use server';

import { notFound, redirect } from 'next/navigation';
import { setCategoryPicture } from '@/db/queries/category-overrides';
import { requireLaAdmin } from '@/lib/auth/session';
import { type FormState, formText } from '@/lib/forms/form-state';
import { mediaStorage } from '@/lib/media/storage';
import { savePhotoWithWords } from '@/lib/provider-photos/save';

/** A type of work's own picture is shown at 96 px at most: 256 px keeps it sharp on a phone and about 15 KB. */
const CATEGORY_PICTURE_SIDE = 256;

/** Council admins only: their area's own picture for one type of work (decision 035). Logged. */
export async function setCategoryPictureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/categories');
  const slug = formText(formData, 'slug');
  let replaced: string | null = null;
  let isKnown = true;
  const result = await savePhotoWithWords({
    actorId: user.id,
    formData,
    photoMaxSide: CATEGORY_PICTURE_SIDE,
    attach: async ({ mediaId, altText }) => {
      const saved = await setCategoryPicture({ actorId: user.id, slug, picture: { mediaId, alt: altText } });
      if (!saved) {
        isKnown = false;
        return 'This type of work was not found';
      }
      replaced = saved.replacedStorageKey;
      return null;
    },
  });
  if (!isKnown) notFound();
  if ('state' in result) return result.state;
  if (replaced) await mediaStorage().delete(replaced);
  redirect(`/admin/categories/${encodeURIComponent(slug)}/picture?saved=own`);
}

/** Council admins only: back to the service's picture for one type of work in their area. Logged. */
export async function useServicePictureAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/categories');
  const slug = formText(formData, 'slug');
  const saved = await setCategoryPicture({ actorId: user.id, slug, picture: null });
  if (!saved) notFound();
  if (saved.replacedStorageKey) await mediaStorage().delete(saved.replacedStorageKey);
  redirect(`/admin/categories/${encodeURIComponent(slug)}/picture?saved=service`);
}
