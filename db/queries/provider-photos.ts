import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { db } from '../client';
import { contentChanges, mediaAssets, providerPhotos, providers, users } from '../schema';
import { laOfAdmin } from './admin-area';
import { recordContentChange } from './content-changes';
import { ownProviderIds } from './provider-content';

// Photos of a provider (buildings, workshops, students at work). Its staff add and remove them; everyone
// sees them on the provider page and its course pages, like the rest of the prospectus, in its area only.

type Actor = { actorId: string };

/** A provider shows at most this many photos. */
export const MAX_PROVIDER_PHOTOS = 6;


export type PublicProviderPhoto = { id: string; altText: string; width: number | null; height: number | null };

const photoColumns = {
  id: providerPhotos.id,
  altText: providerPhotos.altText,
  width: mediaAssets.width,
  height: mediaAssets.height,
};

/** A provider's photos in this area, in page order (the first is shown on its course pages too). */
export async function findProviderPhotos({ laId, providerId }: { laId: string; providerId: string }): Promise<PublicProviderPhoto[]> {
  return db
    .select(photoColumns)
    .from(providerPhotos)
    .innerJoin(mediaAssets, eq(mediaAssets.id, providerPhotos.mediaId))
    .where(and(eq(providerPhotos.laId, laId), eq(providerPhotos.providerId, providerId)))
    .orderBy(asc(providerPhotos.position), asc(providerPhotos.createdAt))
    .limit(MAX_PROVIDER_PHOTOS);
}

/** The photo of a provider in this area, for the public media route; null for any other photo. */
export async function getPublicProviderPhotoMedia({ laId, photoId }: { laId: string; photoId: string }) {
  const [row] = await db
    .select({ storageKey: mediaAssets.storageKey, contentType: mediaAssets.contentType, kind: mediaAssets.kind })
    .from(providerPhotos)
    .innerJoin(mediaAssets, eq(mediaAssets.id, providerPhotos.mediaId))
    .where(and(eq(providerPhotos.id, photoId), eq(providerPhotos.laId, laId)));
  return row ?? null;
}

/** Provider staff: their provider's photos, in page order. */
export async function listOwnProviderPhotos({ actorId }: Actor): Promise<PublicProviderPhoto[]> {
  return db
    .select(photoColumns)
    .from(providerPhotos)
    .innerJoin(mediaAssets, eq(mediaAssets.id, providerPhotos.mediaId))
    .where(inArray(providerPhotos.providerId, ownProviderIds(actorId)))
    .orderBy(asc(providerPhotos.position), asc(providerPhotos.createdAt));
}

export type AddPhotoResult = { id: string } | { problem: 'full' | 'not_allowed' };

/**
 * Provider staff: adds a photo of their own provider, last in order. The photo must be their own upload.
 * 'full' when the provider already has six photos.
 */
export async function addProviderPhoto({ actorId, mediaId, altText }: Actor & { mediaId: string; altText: string }): Promise<AddPhotoResult> {
  return db.transaction(async (tx) => {
    const [photo] = await tx
      .select({ id: mediaAssets.id })
      .from(mediaAssets)
      .where(and(eq(mediaAssets.id, mediaId), eq(mediaAssets.ownerId, actorId), eq(mediaAssets.kind, 'photo')));
    const [provider] = await tx
      .select({ id: providers.id, laId: providers.laId })
      .from(providers)
      .where(inArray(providers.id, ownProviderIds(actorId)))
      .orderBy(asc(providers.name))
      .limit(1);
    if (!photo || !provider) return { problem: 'not_allowed' } as const;
    // Lock the provider row so two uploads at once cannot both take the sixth place.
    await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, provider.id)).for('update');
    const positions = await tx.select({ position: providerPhotos.position }).from(providerPhotos).where(eq(providerPhotos.providerId, provider.id));
    if (positions.length >= MAX_PROVIDER_PHOTOS) return { problem: 'full' } as const;
    const position = positions.reduce((highest, row) => Math.max(highest, row.position + 1), 0);
    const [row] = await tx
      .insert(providerPhotos)
      .values({ laId: provider.laId, providerId: provider.id, mediaId, altText, position, createdById: actorId })
      .returning({ id: providerPhotos.id });
    if (!row) return { problem: 'not_allowed' } as const;
    await recordContentChange(tx, {
      laId: provider.laId,
      actorId,
      entityType: 'photo',
      entityId: row.id,
      changes: {},
      summary: `Added a photo: ${altText}`,
      providerId: provider.id,
    });
    return row;
  });
}

/**
 * Provider staff: removes one of their provider's photos and its media record, returning the storage key so
 * the caller deletes the bytes. Null for anyone else's photo.
 */
export async function removeProviderPhoto({ actorId, photoId }: Actor & { photoId: string }): Promise<{ storageKey: string } | null> {
  return db.transaction(async (tx) => {
    const [photo] = await tx
      .select({ id: providerPhotos.id, laId: providerPhotos.laId, providerId: providerPhotos.providerId, mediaId: providerPhotos.mediaId, altText: providerPhotos.altText })
      .from(providerPhotos)
      .where(and(eq(providerPhotos.id, photoId), inArray(providerPhotos.providerId, ownProviderIds(actorId))));
    if (!photo) return null;
    // Deleting the media deletes the photo row with it (the foreign key cascades).
    const [media] = await tx.delete(mediaAssets).where(eq(mediaAssets.id, photo.mediaId)).returning({ storageKey: mediaAssets.storageKey });
    await recordContentChange(tx, {
      laId: photo.laId,
      actorId,
      entityType: 'photo',
      entityId: photo.id,
      changes: {},
      summary: `Removed a photo: ${photo.altText}`,
      providerId: photo.providerId,
    });
    return media ? { storageKey: media.storageKey } : null;
  });
}

/**
 * Provider staff: move one of their provider's photos one place earlier ('up') or later ('down') in page
 * order. The positions are renumbered 0, 1, 2… as they go. Null when it is not theirs; no change at an end. Logged.
 */
export async function moveOwnProviderPhoto({ actorId, photoId, direction }: Actor & { photoId: string; direction: 'up' | 'down' }): Promise<{ moved: boolean } | null> {
  return db.transaction(async (tx) => {
    const [photo] = await tx
      .select({ id: providerPhotos.id, laId: providerPhotos.laId, providerId: providerPhotos.providerId, altText: providerPhotos.altText })
      .from(providerPhotos)
      .where(and(eq(providerPhotos.id, photoId), inArray(providerPhotos.providerId, ownProviderIds(actorId))));
    if (!photo) return null;
    // Lock the provider row so two moves at once cannot interleave their renumbering.
    await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, photo.providerId)).for('update');
    const ordered = await tx
      .select({ id: providerPhotos.id })
      .from(providerPhotos)
      .where(eq(providerPhotos.providerId, photo.providerId))
      .orderBy(asc(providerPhotos.position), asc(providerPhotos.createdAt));
    const from = ordered.findIndex((row) => row.id === photo.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= ordered.length) return { moved: false };
    const ids = ordered.map((row) => row.id);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    for (const [position, id] of ids.entries()) await tx.update(providerPhotos).set({ position }).where(eq(providerPhotos.id, id));
    await recordContentChange(tx, {
      laId: photo.laId,
      actorId,
      entityType: 'photo',
      entityId: photo.id,
      changes: { position: { from: from + 1, to: to + 1 } },
      summary: `Moved a photo ${direction === 'up' ? 'earlier' : 'later'}: ${photo.altText}`,
      providerId: photo.providerId,
    });
    return { moved: true };
  });
}

export type AreaProviderPhoto = PublicProviderPhoto & { providerName: string; providerSlug: string; addedAt: Date };

/** Council admins: the newest photos of providers in their own area (up to 50). Null for anyone else. */
export async function findAreaProviderPhotos({ actorId }: Actor): Promise<AreaProviderPhoto[] | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db
    .select({ ...photoColumns, providerName: providers.name, providerSlug: providers.slug, addedAt: providerPhotos.createdAt })
    .from(providerPhotos)
    .innerJoin(mediaAssets, eq(mediaAssets.id, providerPhotos.mediaId))
    .innerJoin(providers, eq(providers.id, providerPhotos.providerId))
    .where(eq(providerPhotos.laId, laId))
    .orderBy(desc(providerPhotos.createdAt))
    .limit(50);
}

/** Council admins: one photo of a provider in their own area, to confirm its removal. Null otherwise. */
export async function getAreaProviderPhoto({ actorId, photoId }: Actor & { photoId: string }): Promise<AreaProviderPhoto | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [row] = await db
    .select({ ...photoColumns, providerName: providers.name, providerSlug: providers.slug, addedAt: providerPhotos.createdAt })
    .from(providerPhotos)
    .innerJoin(mediaAssets, eq(mediaAssets.id, providerPhotos.mediaId))
    .innerJoin(providers, eq(providers.id, providerPhotos.providerId))
    .where(and(eq(providerPhotos.id, photoId), eq(providerPhotos.laId, laId)));
  return row ?? null;
}

/**
 * Council admins: remove a provider's photo in their own area, saying why. The photo and its media record
 * go (the caller deletes the bytes); the reason is kept in the change log, where the provider's staff see it.
 * Null for a photo outside their area.
 */
export async function removeProviderPhotoByCouncil({ actorId, photoId, reason }: Actor & { photoId: string; reason: string }): Promise<{ storageKey: string; providerName: string } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [photo] = await tx
      .select({ id: providerPhotos.id, providerId: providerPhotos.providerId, providerName: providers.name, mediaId: providerPhotos.mediaId, altText: providerPhotos.altText })
      .from(providerPhotos)
      .innerJoin(providers, eq(providers.id, providerPhotos.providerId))
      .where(and(eq(providerPhotos.id, photoId), eq(providerPhotos.laId, laId)));
    if (!photo) return null;
    const [media] = await tx.delete(mediaAssets).where(eq(mediaAssets.id, photo.mediaId)).returning({ storageKey: mediaAssets.storageKey });
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'photo',
      entityId: photo.id,
      changes: { photo: { from: photo.altText, to: null }, councilReason: { from: null, to: reason } },
      summary: `Removed a photo for the council: ${photo.altText}. The reason: ${reason}`,
      providerId: photo.providerId,
    });
    return media ? { storageKey: media.storageKey, providerName: photo.providerName } : null;
  });
}

export type CouncilPhotoRemoval = { id: string; altText: string; reason: string; by: string | null; at: Date };

/** Provider staff: photos the council removed from their provider, and why, newest first (the last 10). */
export async function findCouncilPhotoRemovals({ actorId }: Actor): Promise<CouncilPhotoRemoval[]> {
  const reason = sql<string>`${contentChanges.changes} -> 'councilReason' ->> 'to'`;
  return db
    .select({
      id: contentChanges.id,
      altText: sql<string>`coalesce(${contentChanges.changes} -> 'photo' ->> 'from', '')`,
      reason,
      by: users.name,
      at: contentChanges.createdAt,
    })
    .from(contentChanges)
    .leftJoin(users, eq(users.id, contentChanges.actorId))
    .where(and(inArray(contentChanges.providerId, ownProviderIds(actorId)), eq(contentChanges.entityType, 'photo'), isNotNull(reason)))
    .orderBy(desc(contentChanges.createdAt))
    .limit(10);
}
