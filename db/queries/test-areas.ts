import 'server-only';
import { randomUUID } from 'node:crypto';
import { asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { buildCourse, buildProvider, buildVacancy } from '../seed/factories';
import { db } from '../client';
import { categories, courses, localAuthorities, providers, vacancies } from '../schema';

/**
 * Test mode only (the route refuses otherwise): a new council area of its own, with one provider and one
 * published course, so a test can share and rename things without changing what other tests see.
 */
export async function createTestArea({
  areaName,
  hosts,
  courseTitle,
  courseCategory,
  vacancyCategories = [],
}: {
  areaName: string;
  hosts: string[];
  courseTitle: string;
  /** The kind of work (category slug) for the course; else the first one. */
  courseCategory?: string;
  /** A live vacancy, offered by the area's college, in each of these kinds of work. */
  vacancyCategories?: string[];
}) {
  const suffix = randomUUID().slice(0, 8);
  const [area] = await db
    .insert(localAuthorities)
    .values({ slug: `test-area-${suffix}`, name: `${areaName} Council`, areaName, hosts })
    .returning({ id: localAuthorities.id, slug: localAuthorities.slug });
  const [category] = await db
    .select({ id: categories.id, slug: categories.slug })
    .from(categories)
    .where(courseCategory ? eq(categories.slug, courseCategory) : isNotNull(categories.parentId))
    .orderBy(asc(categories.position), asc(categories.slug))
    .limit(1);
  if (!area || !category) return null;
  const [provider] = await db
    .insert(providers)
    .values(buildProvider({ laId: area.id, name: `${areaName} College` }))
    .returning({ id: providers.id });
  if (!provider) return null;
  const [course] = await db
    .insert(courses)
    .values(buildCourse({ laId: area.id, providerId: provider.id, categoryId: category.id, title: courseTitle }))
    .returning({ slug: courses.slug });
  if (vacancyCategories.length > 0) {
    const kinds = await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(inArray(categories.slug, vacancyCategories));
    if (kinds.length > 0) {
      await db
        .insert(vacancies)
        .values(kinds.map((kind) => buildVacancy({ laId: area.id, providerId: provider.id, categoryId: kind.id, title: `${areaName} ${kind.slug} place`, type: 'training_place' })));
    }
  }
  return { id: area.id, slug: area.slug, courseSlug: course?.slug };
}
