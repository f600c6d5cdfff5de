import 'server-only';
import { addProviderPhoto, MAX_PROVIDER_PHOTOS } from '@/db/queries/provider-photos';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { fileFromForm, removeMedia, saveFormFile } from '@/lib/media/save';
import { PROVIDER_PHOTO_FIELDS, providerPhotoSchema } from './schemas';

const FULL = `You already have ${MAX_PROVIDER_PHOTOS} photos. Remove one before you add another.`;

type PhotoResult = { state: FormState } | { mediaId: string; altText: string };

/**
 * A photo and the words saying what it shows, from a plain form: check the words and the file (real type from
 * its bytes, size), then save the photo re-encoded without its metadata as the actor's own. `attach` puts it
 * where it belongs; if that says no, the saved photo is removed again, so nothing is kept on failure.
 */
export async function savePhotoWithWords({
  actorId,
  formData,
  photoMaxSide,
  attach,
}: {
  actorId: string;
  formData: FormData;
  photoMaxSide?: number;
  /** Null when it went in; else the message to show beside the photo. */
  attach: (photo: { mediaId: string; altText: string }) => Promise<string | null>;
}): Promise<PhotoResult> {
  const values = formValues(formData, PROVIDER_PHOTO_FIELDS);
  const parsed = parseForm(providerPhotoSchema, formData, PROVIDER_PHOTO_FIELDS);
  const fieldErrors: Record<string, string> = {};
  const file = fileFromForm(formData, 'photo');
  if (!file) fieldErrors.photo = 'Choose a photo';
  if (parsed.state?.fieldErrors?.altText) fieldErrors.altText = parsed.state.fieldErrors.altText;
  const fail = (errors: Record<string, string>) => ({ state: { fieldErrors: errors, values } });
  if (!parsed.data || !file) return fail(fieldErrors);

  const saved = await saveFormFile({ actorId, file, kinds: ['photo'], purpose: 'published', photoMaxSide });
  if ('message' in saved) return fail({ photo: saved.message === 'wrong-kind' ? 'Choose a photo, like a JPG or PNG' : saved.message });
  const photo = { mediaId: saved.mediaId, altText: parsed.data.altText };
  const problem = await attach(photo);
  if (problem) {
    await removeMedia({ actorId, mediaId: saved.mediaId });
    return fail({ photo: problem });
  }
  return photo;
}

/** The one way a provider photo gets in (decision 020). */
export async function saveProviderPhotoFromForm({ actorId, formData }: { actorId: string; formData: FormData }): Promise<{ state: FormState } | { photoId: string }> {
  let photoId = '';
  const result = await savePhotoWithWords({
    actorId,
    formData,
    attach: async ({ mediaId, altText }) => {
      const added = await addProviderPhoto({ actorId, mediaId, altText });
      if ('problem' in added) return added.problem === 'full' ? FULL : 'You cannot add photos for this provider';
      photoId = added.id;
      return null;
    },
  });
  return 'state' in result ? result : { photoId };
}
