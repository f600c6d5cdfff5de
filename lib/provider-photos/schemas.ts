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
