import 'server-only';
import { randomUUID } from 'node:crypto';
import { asc, isNotNull } from 'drizzle-orm';
import { buildCourse, buildProvider } from '../seed/factories';
import { db } from '../client';
import { categories, courses, localAuthorities, providers } from '../schema';

/**
 * Test mode only (the route refuses otherwise): a new council area of its own, with one provider and one
 * published course, so a test can share and rename things without changing what other tests see.
 */
export async function createTestArea({ areaName, hosts, courseTitle }: { areaName: string; hosts: string[]; courseTitle: string }) {
  const suffix = randomUUID().slice(0, 8);
  const [area] = await db
    .insert(localAuthorities)
    .values({ slug: `test-area-${suffix}`, name: `${areaName} Council`, areaName, hosts })
    .returning({ id: localAuthorities.id, slug: localAuthorities.slug });
  const [category] = await db
    .select({ id: categories.id, slug: categories.slug })
    .from(categories)
    .where(isNotNull(categories.parentId))
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
  return { id: area.id, slug: area.slug, courseSlug: course?.slug };
}
