import 'server-only';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FieldChange } from '@/lib/manage/changes';
import { db } from '../client';
import { categories, categoryOverrides } from '../schema';
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
