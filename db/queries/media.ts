import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '@/lib/auth/roles';
import type { MediaKind } from '@/lib/media/rules';
import { db } from '../client';
import { mediaAssets, users } from '../schema';

export type MediaAssetSummary = {
  id: string;
  kind: MediaKind;
  contentType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  transcript: string;
};

/** For serving the bytes: the summary plus where they are stored (never sent to a browser). */
export type StoredMedia = MediaAssetSummary & { storageKey: string };

const summaryColumns = {
  id: mediaAssets.id,
  kind: mediaAssets.kind,
  contentType: mediaAssets.contentType,
  byteSize: mediaAssets.byteSize,
  width: mediaAssets.width,
  height: mediaAssets.height,
  durationMs: mediaAssets.durationMs,
  transcript: mediaAssets.transcript,
};

/** A young person's own media; a story clip; a photo published on a provider's page. */
export type MediaPurpose = 'portfolio' | 'story' | 'published';

/** Who may add media for each purpose. */
// published: a provider's photos, or a council's own picture for a type of work.
const MEDIA_ROLES: Record<MediaPurpose, Role[]> = { portfolio: ['young_person'], story: ['provider_staff', 'la_admin'], published: ['provider_staff', 'la_admin'] };

/**
 * Records a file already written to media storage as the actor's own: a young person's photo, sound or
 * video, or staff's story clip. Returns null when the actor may not add media for that purpose (the caller
 * then deletes the stored bytes).
 */
export async function createMediaAsset({
  actorId,
  kind,
  storageKey,
  contentType,
  byteSize,
  width = null,
  height = null,
  durationMs = null,
  purpose = 'portfolio',
}: {
  actorId: string;
  kind: MediaKind;
  storageKey: string;
  contentType: string;
  byteSize: number;
  width?: number | null;
  height?: number | null;
  durationMs?: number | null;
  /** A young person's own media, or a story clip added by provider or council staff. */
  purpose?: MediaPurpose;
}): Promise<MediaAssetSummary | null> {
  return db.transaction(async (tx) => {
    const [actor] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, actorId), inArray(users.role, MEDIA_ROLES[purpose])));
    if (!actor) return null;
    const [row] = await tx
      .insert(mediaAssets)
      .values({ ownerId: actor.id, kind, storageKey, contentType, byteSize, width, height, durationMs })
      .returning(summaryColumns);
    return row ?? null;
  });
}

/** The owner only: one of the actor's own media files with its storage key, or null (another person's looks missing). */
export async function getOwnStoredMedia({ actorId, mediaId }: { actorId: string; mediaId: string }): Promise<StoredMedia | null> {
  const [row] = await db
    .select({ ...summaryColumns, storageKey: mediaAssets.storageKey })
    .from(mediaAssets)
    .where(and(eq(mediaAssets.id, mediaId), eq(mediaAssets.ownerId, actorId)));
  return row ?? null;
}

/** The owner only: one of the actor's own media files, or null. */
export async function getMediaAsset({ actorId, mediaId }: { actorId: string; mediaId: string }): Promise<MediaAssetSummary | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(mediaAssets)
    .where(and(eq(mediaAssets.id, mediaId), eq(mediaAssets.ownerId, actorId)));
  return row ?? null;
}

/** The owner only: sets the transcript or captions of their own sound or video. False when it is not theirs. */
export async function updateMediaTranscript({
  actorId,
  mediaId,
  transcript,
}: {
  actorId: string;
  mediaId: string;
  transcript: string;
}): Promise<boolean> {
  const rows = await db
    .update(mediaAssets)
    .set({ transcript, transcriptById: null })
    .where(and(eq(mediaAssets.id, mediaId), eq(mediaAssets.ownerId, actorId)))
    .returning({ id: mediaAssets.id });
  return rows.length > 0;
}

/**
 * The owner only: deletes the record of one of their media files and returns its storage key, so the caller
 * can delete the bytes; null when it is not theirs. Items that used it keep their words (media_id set null).
 */
export async function deleteMediaAsset({ actorId, mediaId }: { actorId: string; mediaId: string }): Promise<string | null> {
  const [row] = await db
    .delete(mediaAssets)
    .where(and(eq(mediaAssets.id, mediaId), eq(mediaAssets.ownerId, actorId)))
    .returning({ storageKey: mediaAssets.storageKey });
  return row?.storageKey ?? null;
}
