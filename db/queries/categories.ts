import 'server-only';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { db } from '../client';
import { categories } from '../schema';

export type CategoryCard = {
  slug: string;
  name: string;
  description: string;
  imagePath: string;
  imageAlt: string;
  lenses: string[];
  childCount: number;
};

const cardColumns = {
  slug: categories.slug,
  name: categories.name,
  description: categories.description,
  imagePath: categories.imagePath,
  imageAlt: categories.imageAlt,
  lenses: categories.lenses,
};

/** The areas of work (top level). Public: the category list is the same for everyone. */
export async function findAreasOfWork(): Promise<CategoryCard[]> {
  const children = db
    .select({ parentId: categories.parentId, n: count().as('n') })
    .from(categories)
    .groupBy(categories.parentId)
    .as('children');
  const rows = await db
    .select({ ...cardColumns, childCount: children.n })
    .from(categories)
    .leftJoin(children, eq(children.parentId, categories.id))
    .where(isNull(categories.parentId))
    .orderBy(asc(categories.position), asc(categories.name));
  return rows.map((row) => ({ ...row, childCount: Number(row.childCount ?? 0) }));
}

export type AreaOfWork = Omit<CategoryCard, 'childCount'> & { kinds: Omit<CategoryCard, 'childCount'>[] };

/** One area of work with the kinds of work inside it. Public. */
export async function getAreaOfWork({ slug }: { slug: string }): Promise<AreaOfWork | null> {
  const [area] = await db
    .select({ id: categories.id, ...cardColumns })
    .from(categories)
    .where(and(eq(categories.slug, slug), isNull(categories.parentId)));
  if (!area) return null;
  const kinds = await db
    .select(cardColumns)
    .from(categories)
    .where(eq(categories.parentId, area.id))
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
