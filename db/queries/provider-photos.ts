import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../client';
import { mediaAssets, providerPhotos, providers } from '../schema';
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
      .select({ id: providerPhotos.id, laId: providerPhotos.laId, mediaId: providerPhotos.mediaId, altText: providerPhotos.altText })
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
    });
    return media ? { storageKey: media.storageKey } : null;
  });
}
