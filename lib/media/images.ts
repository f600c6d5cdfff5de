import sharp from 'sharp';

/** Longest side of a stored photo: sharp enough for a printed CV, small enough for a phone on mobile data. */
export const PHOTO_MAX_SIDE = 2000;

export type ReencodedPhoto = { bytes: Uint8Array; width: number; height: number; contentType: 'image/jpeg' };

/**
 * Re-encodes a photo as a fresh JPEG: turned the right way up (from its EXIF orientation), no bigger than
 * `maxSide` (PHOTO_MAX_SIDE unless a small picture is wanted), and with every piece of metadata left behind — GPS location, camera make and serial,
 * times, comments and thumbnails. sharp writes no metadata unless asked (no keepMetadata/withMetadata).
 * Decoding and encoding again also drops anything hidden after the picture data.
 */
export async function reencodePhoto(input: Uint8Array, maxSide = PHOTO_MAX_SIDE): Promise<ReencodedPhoto> {
  const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: 100_000_000, animated: false })
    .rotate()
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data), width: info.width, height: info.height, contentType: 'image/jpeg' };
}
