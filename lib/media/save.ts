import 'server-only';
import { createMediaAsset, deleteMediaAsset, type MediaAssetSummary, type MediaPurpose } from '@/db/queries/media';
import { reencodePhoto } from './images';
import { detectMediaType, inspectMedia } from './inspect';
import { newStorageKey } from './keys';
import { kindForDetectedType, type MediaKind, type MediaProblem } from './rules';
import { mediaStorage } from './storage';

export type SaveMediaResult =
  | { isSaved: true; asset: MediaAssetSummary }
  | { isSaved: false; problem: MediaProblem | 'not_allowed'; message: string };

/**
 * The one way media gets in, for the upload route and for plain forms alike: check the real type and size,
 * re-encode photos without their metadata, write the bytes to storage, then record them as the actor's own.
 */
export async function saveMedia({
  actorId,
  kind,
  bytes,
  durationMs = null,
  purpose = 'portfolio',
  photoMaxSide,
}: {
  actorId: string;
  kind: MediaKind;
  bytes: Uint8Array;
  durationMs?: number | null;
  purpose?: MediaPurpose;
  /** A photo's longest side once saved (PHOTO_MAX_SIDE unless given), e.g. small for a picture on a card. */
  photoMaxSide?: number;
}): Promise<SaveMediaResult> {
  const check = await inspectMedia({ kind, bytes });
  if (!check.isAccepted) return { isSaved: false, problem: check.problem, message: check.message };

  let stored = { bytes, contentType: check.contentType, width: null as number | null, height: null as number | null };
  if (kind === 'photo') {
    try {
      const photo = await reencodePhoto(bytes, photoMaxSide);
      stored = { bytes: photo.bytes, contentType: photo.contentType, width: photo.width, height: photo.height };
    } catch {
      return { isSaved: false, problem: 'wrong_type', message: 'We could not open that photo. Try a different one.' };
    }
  }

  const storage = mediaStorage();
  const storageKey = newStorageKey(actorId);
  await storage.put(storageKey, stored.bytes, stored.contentType);
  const asset = await createMediaAsset({
    actorId,
    kind,
    storageKey,
    contentType: stored.contentType,
    byteSize: stored.bytes.byteLength,
    width: stored.width,
    height: stored.height,
    durationMs: durationMs && Number.isFinite(durationMs) && durationMs > 0 ? Math.round(durationMs) : null,
    purpose,
  });
  if (!asset) {
    await storage.delete(storageKey);
    return { isSaved: false, problem: 'not_allowed', message: 'Only young people can add photos, sound and video.' };
  }
  return { isSaved: true, asset };
}

/** The owner only: deletes one of their media files, record and bytes. False when it is not theirs. */
export async function removeMedia({ actorId, mediaId }: { actorId: string; mediaId: string }): Promise<boolean> {
  const storageKey = await deleteMediaAsset({ actorId, mediaId });
  if (!storageKey) return false;
  await mediaStorage().delete(storageKey);
  return true;
}

/** A file sent with a plain form (no JavaScript, or the recorder was not used); an empty file input is "no file". */
export function fileFromForm(formData: FormData, field: string): File | null {
  const value = formData.get(field);
  // An empty file input still arrives as a File (size 0, its name varies by browser).
  return value instanceof File && value.size > 0 ? value : null;
}

/**
 * Saves a file sent with a form, through the same checks as the upload route, as whichever of `kinds` its
 * bytes really are (`asKind` skips the guess: a camera input is a photo). A message when it cannot be kept.
 */
export async function saveFormFile({
  actorId,
  file,
  kinds,
  asKind,
  purpose,
  photoMaxSide,
}: {
  actorId: string;
  file: File;
  kinds: readonly MediaKind[];
  asKind?: MediaKind;
  purpose?: MediaPurpose;
  photoMaxSide?: number;
}): Promise<{ mediaId: string; kind: MediaKind } | { message: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = asKind ?? kindForDetectedType(await detectMediaType(bytes));
  if (!kind || !kinds.includes(kind)) return { message: 'wrong-kind' };
  const saved = await saveMedia({ actorId, kind, bytes, purpose, photoMaxSide });
  return saved.isSaved ? { mediaId: saved.asset.id, kind } : { message: saved.message };
}
