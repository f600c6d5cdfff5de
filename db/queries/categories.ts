import 'server-only';
import { and, asc, count, eq, isNotNull, isNull, not, or, sql } from 'drizzle-orm';
import { type AreaCategoryView, toAreaCategoryView } from '@/lib/categories/area-view';
import { db, type Transaction } from '../client';
import { categories, categoryOverrides } from '../schema';
import { cardPictureColumns } from './category-overrides';

export type CategoryCard = {
  slug: string;
  name: string;
  description: string;
  imagePath: string;
  imageAlt: string;
  lenses: string[];
  childCount: number;
};

/** The area's own words and picture when it has them (decision 035), else the service-wide ones. */
const cardColumns = {
  slug: categories.slug,
  name: categories.name,
  description: sql<string>`coalesce(${categoryOverrides.description}, ${categories.description})`,
  ...cardPictureColumns,
  lenses: categories.lenses,
};

/** Joins the one area's override of each category (at most one row: the primary key is la_id + category). */
const overrideOf = (laId: string) => and(eq(categoryOverrides.categoryId, categories.id), eq(categoryOverrides.laId, laId));
/** A kind of work the area has not hidden. */
const notHidden = or(isNull(categoryOverrides.isHidden), not(categoryOverrides.isHidden));

/** The areas of work (top level), in one council area's words. Public: the list is the same for everyone there. */
export async function findAreasOfWork({ laId }: { laId: string }): Promise<CategoryCard[]> {
  const children = db
    .select({ parentId: categories.parentId, n: count().as('n') })
    .from(categories)
    .leftJoin(categoryOverrides, overrideOf(laId))
    .where(notHidden)
    .groupBy(categories.parentId)
    .as('children');
  const rows = await db
    .select({ ...cardColumns, childCount: children.n })
    .from(categories)
    .leftJoin(categoryOverrides, overrideOf(laId))
    .leftJoin(children, eq(children.parentId, categories.id))
    .where(isNull(categories.parentId))
    .orderBy(asc(categories.position), asc(categories.name));
  return rows.map((row) => ({ ...row, childCount: Number(row.childCount ?? 0) }));
}

export type AreaOfWork = Omit<CategoryCard, 'childCount'> & { kinds: Omit<CategoryCard, 'childCount'>[] };

/** One area of work with the kinds of work inside it, in one council area's words, without those it hid. Public. */
export async function getAreaOfWork({ slug, laId }: { slug: string; laId: string }): Promise<AreaOfWork | null> {
  const [area] = await db
    .select({ id: categories.id, ...cardColumns })
    .from(categories)
    .leftJoin(categoryOverrides, overrideOf(laId))
    .where(and(eq(categories.slug, slug), isNull(categories.parentId)));
  if (!area) return null;
  const kinds = await db
    .select(cardColumns)
    .from(categories)
    .leftJoin(categoryOverrides, overrideOf(laId))
    .where(and(eq(categories.parentId, area.id), notHidden))
    .orderBy(asc(categories.position), asc(categories.name));
  return {
    slug: area.slug,
    name: area.name,
    description: area.description,
    imagePath: area.imagePath,
    imageAlt: area.imageAlt,
    lenses: area.lenses,
    kinds,
  };
}

/**
 * Public: the categories as one council area sees them (decision 035): only the categories it changed,
 * with its own words, its own picture and whether it hid them. One small query on the overrides' primary
 * key, once per request; `seeCardsAsArea` (lib/categories/area-view.ts) lays it over the search pages'
 * cards and Explore's kinds of work. The picture address is the same one the /categories pages use.
 */
export async function getAreaCategoryView({ laId }: { laId: string }): Promise<AreaCategoryView> {
  const rows = await db
    .select({
      slug: categories.slug,
      ownWords: categoryOverrides.description,
      isHidden: categoryOverrides.isHidden,
      imageMediaId: categoryOverrides.imageMediaId,
      parentId: categories.parentId,
      ...cardPictureColumns,
    })
    .from(categoryOverrides)
    .innerJoin(categories, eq(categories.id, categoryOverrides.categoryId))
    .where(eq(categoryOverrides.laId, laId));
  return toAreaCategoryView(
    rows.map((row) => ({
      slug: row.slug,
      ownWords: row.ownWords,
      // Only a kind of work can be hidden: an area of work stays, whatever is stored.
      isHidden: row.isHidden && row.parentId !== null,
      ownPicture: row.imageMediaId ? { path: row.imagePath, alt: row.imageAlt } : null,
    })),
  );
}

/**
 * Whether the id is a kind of work young people choose from (a picture under an area of work), not an area of
 * work above them or unknown: checked on the server before a course or vacancy is saved with it.
 */
export async function isKindOfWork(reader: Transaction | typeof db, categoryId: string): Promise<boolean> {
  const [kind] = await reader.select({ id: categories.id }).from(categories).where(and(eq(categories.id, categoryId), isNotNull(categories.parentId)));
  return kind !== undefined;
}
