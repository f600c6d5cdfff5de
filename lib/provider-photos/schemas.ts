import { z } from 'zod';

// What staff write for a photo of their provider. The photo itself comes with the form as a file and is
// checked separately (lib/media).

export const ALT_TEXT_MAX = 150;

export const providerPhotoSchema = z.object({
  altText: z
    .string()
    .trim()
    .min(1, 'Say what the photo shows, for people who cannot see it')
    .max(ALT_TEXT_MAX, `What the photo shows must be ${ALT_TEXT_MAX} letters or fewer`),
});

export const PROVIDER_PHOTO_FIELDS = ['altText'];

/** A council admin removing a provider's photo says why: the provider's staff see these words. */
export const photoRemovalSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why you are removing the photo. The provider will see this')
    .max(300, 'The reason must be 300 letters or fewer'),
});

export const PHOTO_REMOVAL_FIELDS = ['reason'];
