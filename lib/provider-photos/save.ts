import 'server-only';
import { addProviderPhoto, MAX_PROVIDER_PHOTOS } from '@/db/queries/provider-photos';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { fileFromForm, removeMedia, saveFormFile } from '@/lib/media/save';
import { PROVIDER_PHOTO_FIELDS, providerPhotoSchema } from './schemas';

const FULL = `You already have ${MAX_PROVIDER_PHOTOS} photos. Remove one before you add another.`;

/**
 * The one way a provider photo gets in: check the words and the file (real type from its bytes, size), save
 * the photo re-encoded without its metadata as the actor's own, then the photo. Nothing is kept on failure.
 */
export async function saveProviderPhotoFromForm({ actorId, formData }: { actorId: string; formData: FormData }): Promise<{ state: FormState } | { photoId: string }> {
  const values = formValues(formData, PROVIDER_PHOTO_FIELDS);
  const parsed = parseForm(providerPhotoSchema, formData, PROVIDER_PHOTO_FIELDS);
  const fieldErrors: Record<string, string> = {};
  const file = fileFromForm(formData, 'photo');
  if (!file) fieldErrors.photo = 'Choose a photo';
  if (parsed.state?.fieldErrors?.altText) fieldErrors.altText = parsed.state.fieldErrors.altText;
  const fail = (errors: Record<string, string>) => ({ state: { fieldErrors: errors, values } });
  if (!parsed.data || !file) return fail(fieldErrors);

  const saved = await saveFormFile({ actorId, file, kinds: ['photo'], purpose: 'published' });
  if ('message' in saved) return fail({ photo: saved.message === 'wrong-kind' ? 'Choose a photo, like a JPG or PNG' : saved.message });

  const added = await addProviderPhoto({ actorId, mediaId: saved.mediaId, altText: parsed.data.altText });
  if ('problem' in added) {
    await removeMedia({ actorId, mediaId: saved.mediaId });
    return fail({ photo: added.problem === 'full' ? FULL : 'You cannot add photos for this provider' });
  }
  return { photoId: added.id };
}
