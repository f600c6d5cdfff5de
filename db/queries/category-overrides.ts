import 'server-only';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ownPicturePath } from '@/lib/categories/area-view';
import type { FieldChange } from '@/lib/manage/changes';
import { db } from '../client';
import { categories, categoryOverrides, mediaAssets } from '../schema';
import { laOfAdmin } from './admin-area';
import { type ContentChangeEntry, findRecentChangesOfType, recordContentChange } from './content-changes';

export type AdminAreaOfWork = { slug: string; name: string };

/** Council admins only: the areas of work to choose from, and the latest changes in their area. Null otherwise. */
export async function findCategoriesForAdmin({
  actorId,
}: {
  actorId: string;
}): Promise<{ areasOfWork: AdminAreaOfWork[]; changes: ContentChangeEntry[] } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [areasOfWork, changes] = await Promise.all([
    db
      .select({ slug: categories.slug, name: categories.name })
      .from(categories)
      .where(isNull(categories.parentId))
      .orderBy(asc(categories.position), asc(categories.name)),
    findRecentChangesOfType({ laId, entityType: 'category' }),
  ]);
  return { areasOfWork, changes };
}

export type CategoryWords = {
  id: string;
  slug: string;
  name: string;
  /** The service-wide words. */
  serviceDescription: string;
  /** The area's own words, or null for the service-wide ones. */
  ownDescription: string | null;
  isHidden: boolean;
  isKind: boolean;
};

const parents = alias(categories, 'parents');

/**
 * Council admins only: one area of work and its kinds of work, with their area's own words and hidden kinds.
 * Null for anyone else or an unknown area of work.
 */
export async function getCategoryWordsForAdmin({ actorId, slug }: { actorId: string; slug: string }): Promise<CategoryWords[] | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      serviceDescription: categories.description,
      ownDescription: categoryOverrides.description,
      isHidden: categoryOverrides.isHidden,
      parentId: categories.parentId,
    })
    .from(categories)
    .leftJoin(parents, eq(parents.id, categories.parentId))
    .leftJoin(categoryOverrides, and(eq(categoryOverrides.categoryId, categories.id), eq(categoryOverrides.laId, laId)))
    .where(or(and(eq(categories.slug, slug), isNull(categories.parentId)), eq(parents.slug, slug)))
    .orderBy(asc(categories.parentId), asc(categories.position), asc(categories.name));
  if (!rows.some((row) => row.parentId === null)) return null;
  return rows
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      serviceDescription: row.serviceDescription,
      ownDescription: row.ownDescription,
      isHidden: row.isHidden ?? false,
      isKind: row.parentId !== null,
    }))
    .sort((a, b) => Number(a.isKind) - Number(b.isKind));
}

/**
 * Council admins only: save their area's words and hidden kinds for one area of work, logging each category
 * that changed. Always the admin's own area: no form can change another council's. Null when the area of
 * work is unknown; else how many categories changed.
 */
export async function saveCategoryWords({
  actorId,
  slug,
  entries,
}: {
  actorId: string;
  slug: string;
  entries: { slug: string; description: string | null; isHidden: boolean }[];
}): Promise<{ changed: number } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const current = await getCategoryWordsForAdmin({ actorId, slug });
  if (!current) return null;
  return db.transaction(async (tx) => {
    let changed = 0;
    for (const category of current) {
      const entry = entries.find((candidate) => candidate.slug === category.slug);
      if (!entry) continue;
      // Words the same as the service's are not the area's own: keep following the service-wide words.
      const description = entry.description === category.serviceDescription ? null : entry.description;
      const isHidden = category.isKind && entry.isHidden;
      const changes: Record<string, FieldChange> = {};
      if (description !== category.ownDescription) changes.description = { from: category.ownDescription, to: description };
      if (isHidden !== category.isHidden) changes.isHidden = { from: category.isHidden, to: isHidden };
      if (Object.keys(changes).length === 0) continue;
      await tx
        .insert(categoryOverrides)
        .values({ laId, categoryId: category.id, description, isHidden })
        .onConflictDoUpdate({ target: [categoryOverrides.laId, categoryOverrides.categoryId], set: { description, isHidden } });
      const summary = [
        changes.description ? (description === null ? `Went back to the service's words for ${category.name}` : `Changed the words for ${category.name}`) : null,
        changes.isHidden ? (isHidden ? `Hid ${category.name}` : `Showed ${category.name} again`) : null,
      ]
        .filter(Boolean)
        .join('; ');
      await recordContentChange(tx, {
        laId,
        actorId,
        entityType: 'category',
        entityId: category.id,
        changes,
        summary,
      });
      changed += 1;
    }
    return { changed };
  });
}

export type CategoryPictureForAdmin = {
  id: string;
  slug: string;
  name: string;
  /** The area of work it belongs to (itself for an area of work), to go back to. */
  areaSlug: string;
  serviceImagePath: string;
  serviceImageAlt: string;
  /** The area's own picture, or null when it uses the service's. */
  own: { path: string; alt: string } | null;
};

/** Council admins only: one type of work's picture in their area (their own or the service's). Null otherwise. */
export async function getCategoryPictureForAdmin({ actorId, slug }: { actorId: string; slug: string }): Promise<CategoryPictureForAdmin | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [row] = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      parentSlug: parents.slug,
      serviceImagePath: categories.imagePath,
      serviceImageAlt: categories.imageAlt,
      imageMediaId: categoryOverrides.imageMediaId,
      imageAlt: categoryOverrides.imageAlt,
    })
    .from(categories)
    .leftJoin(parents, eq(parents.id, categories.parentId))
    .leftJoin(categoryOverrides, and(eq(categoryOverrides.categoryId, categories.id), eq(categoryOverrides.laId, laId)))
    .where(eq(categories.slug, slug));
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    areaSlug: row.parentSlug ?? row.slug,
    serviceImagePath: row.serviceImagePath,
    serviceImageAlt: row.serviceImageAlt,
    own: row.imageMediaId ? { path: ownPicturePath(row.id, row.imageMediaId), alt: row.imageAlt ?? '' } : null,
  };
}

/**
 * Council admins only: their area's own picture for one type of work (null media: back to the service's).
 * Logged. Returns the picture it replaced, for the caller to delete, or null when the type of work is unknown.
 */
export async function setCategoryPicture({
  actorId,
  slug,
  picture,
}: {
  actorId: string;
  slug: string;
  picture: { mediaId: string; alt: string } | null;
}): Promise<{ replacedStorageKey: string | null } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const current = await getCategoryPictureForAdmin({ actorId, slug });
  if (!current) return null;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ mediaId: categoryOverrides.imageMediaId })
      .from(categoryOverrides)
      .where(and(eq(categoryOverrides.laId, laId), eq(categoryOverrides.categoryId, current.id)));
    const image = { imageMediaId: picture?.mediaId ?? null, imageAlt: picture?.alt ?? null };
    await tx
      .insert(categoryOverrides)
      .values({ laId, categoryId: current.id, ...image })
      .onConflictDoUpdate({ target: [categoryOverrides.laId, categoryOverrides.categoryId], set: image });
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'category',
      entityId: current.id,
      changes: { picture: { from: current.own ? 'own' : 'service', to: picture ? 'own' : 'service' } },
      summary: picture ? `Changed the picture for ${current.name}` : `Went back to the service's picture for ${current.name}`,
    });
    let replacedStorageKey: string | null = null;
    if (before?.mediaId && before.mediaId !== picture?.mediaId) {
      const [gone] = await tx.delete(mediaAssets).where(eq(mediaAssets.id, before.mediaId)).returning({ storageKey: mediaAssets.storageKey });
      replacedStorageKey = gone?.storageKey ?? null;
    }
    return { replacedStorageKey };
  });
}

/** Public: an area's own picture for one type of work, for the picture route. Null when it has none. */
export async function getCategoryPictureMedia({ laId, categoryId }: { laId: string; categoryId: string }) {
  const [row] = await db
    .select({ storageKey: mediaAssets.storageKey, contentType: mediaAssets.contentType, kind: mediaAssets.kind })
    .from(categoryOverrides)
    .innerJoin(mediaAssets, eq(mediaAssets.id, categoryOverrides.imageMediaId))
    .where(and(eq(categoryOverrides.laId, laId), eq(categoryOverrides.categoryId, categoryId)));
  return row ?? null;
}

/** The picture columns for a public card: the area's own picture when it has one (joined as categoryOverrides); the address as `ownPicturePath` makes it. */
export const cardPictureColumns = {
  imagePath: sql<string>`case when ${categoryOverrides.imageMediaId} is null then ${categories.imagePath}
    else '/api/category-pictures/' || ${categories.id} || '?v=' || left(${categoryOverrides.imageMediaId}::text, 8) end`,
  imageAlt: sql<string>`case when ${categoryOverrides.imageMediaId} is null then ${categories.imageAlt} else coalesce(${categoryOverrides.imageAlt}, '') end`,
};
