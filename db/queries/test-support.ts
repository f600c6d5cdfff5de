import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { db } from '../client';
import { categories, centres, courseRuns, courses, employers, localAuthorities, memberships, providerSites, providers, users } from '../schema';

/**
 * Test mode only (the route refuses otherwise): a new member of staff in an area, so each e2e test signs in
 * as someone nobody else is using at the same moment.
 */
export async function createTestStaff({
  laSlug,
  role,
  name,
  canSearchYoungPeople,
  centreName,
  providerSlug,
  newProviderName,
  newProviderCourse,
  employerSlug,
  newEmployerName,
  newEmployerCheckedDaysAgo,
  newAreaName,
}: {
  laSlug: string;
  /** A new council area of this name, for this test only (its settings can change without touching others'). */
  newAreaName?: string;
  role: 'adviser' | 'la_admin' | 'provider_staff' | 'employer_staff';
  name: string;
  canSearchYoungPeople: boolean;
  /** Advisers work at this centre (default: the area's first by name). */
  centreName?: string;
  /** Provider staff work for this provider in the area. */
  providerSlug?: string;
  /** …or for a new provider of this name, with one site (where the area's first site is). */
  newProviderName?: string;
  /** The new provider also has this course, last checked that many days ago, with one past and one future start date. */
  newProviderCourse?: { title: string; checkedDaysAgo: number };
  /** Employer staff work for this employer in the area… */
  employerSlug?: string;
  /** …or for a new employer of this name, not yet approved by the council. */
  newEmployerName?: string;
  /** The new employer is approved instead, and was last checked this many days ago (the freshness dashboard). */
  newEmployerCheckedDaysAgo?: number;
}): Promise<{ id: string; email: string; employerId?: string; employerSlug?: string; providerSlug?: string } | null> {
  const [area] = newAreaName
    ? await db
        .insert(localAuthorities)
        .values({ slug: `test-${randomUUID().slice(0, 8)}`, name: `${newAreaName} Council`, areaName: newAreaName })
        .returning({ id: localAuthorities.id })
    : await db.select({ id: localAuthorities.id }).from(localAuthorities).where(eq(localAuthorities.slug, laSlug));
  if (!area) return null;
  const email = `${role.replace('_', '-')}-${randomUUID().slice(0, 8)}@test.example`;
  const [user] = await db
    .insert(users)
    .values({ laId: area.id, role, name, email, canSearchYoungPeople, emailVerified: new Date() })
    .returning({ id: users.id });
  if (!user) return null;
  if (role === 'adviser') {
    const [centre] = await db
      .select({ id: centres.id })
      .from(centres)
      .where(and(eq(centres.laId, area.id), centreName ? eq(centres.name, centreName) : undefined))
      .orderBy(asc(centres.name))
      .limit(1);
    if (centre) await db.insert(memberships).values({ userId: user.id, centreId: centre.id });
  }
  if (role === 'provider_staff') {
    const [provider] = newProviderName
      ? [await createTestProvider(area.id, newProviderName, newProviderCourse)]
      : await db
          .select({ id: providers.id, slug: providers.slug })
          .from(providers)
          .where(and(eq(providers.laId, area.id), eq(providers.slug, providerSlug ?? '')));
    if (!provider) return null;
    await db.insert(memberships).values({ userId: user.id, providerId: provider.id });
    return { id: user.id, email, providerSlug: provider.slug };
  }
  if (role === 'employer_staff') {
    const employerId = newEmployerName
      ? await createPendingEmployer(area.id, newEmployerName, newEmployerCheckedDaysAgo)
      : (await db.select({ id: employers.id }).from(employers).where(and(eq(employers.laId, area.id), eq(employers.slug, employerSlug ?? ''))))[0]?.id;
    if (!employerId) return null;
    await db.insert(memberships).values({ userId: user.id, employerId });
    const [employer] = await db.select({ slug: employers.slug }).from(employers).where(eq(employers.id, employerId));
    return { id: user.id, email, employerId, employerSlug: employer?.slug };
  }
  return { id: user.id, email };
}

/** A new employer waiting for the council's approval, placed where the area's first employer is (or any, in a new area). */
async function createPendingEmployer(laId: string, name: string, checkedDaysAgo?: number): Promise<string | undefined> {
  const [near] = await db
    .select({ postcode: employers.postcode, latitude: employers.latitude, longitude: employers.longitude })
    .from(employers)
    // A test area of its own has no employers yet: then any employer's place will do.
    .orderBy(sql`${employers.laId} = ${laId}::uuid desc`, asc(employers.slug))
    .limit(1);
  if (!near) return undefined;
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`;
  const [employer] = await db
    .insert(employers)
    .values({
      laId,
      slug,
      name,
      status: checkedDaysAgo === undefined ? 'pending' : 'approved',
      postcode: near.postcode,
      latitude: near.latitude,
      longitude: near.longitude,
      lastCheckedAt: checkedDaysAgo === undefined ? undefined : new Date(Date.now() - checkedDaysAgo * 24 * 60 * 60 * 1000),
    })
    .returning({ id: employers.id });
  return employer?.id;
}

/** A new training provider with one site, placed where the area's first site is. */
async function createTestProvider(laId: string, name: string, course?: { title: string; checkedDaysAgo: number }): Promise<{ id: string; slug: string } | undefined> {
  const nearest = (where?: SQL) =>
    db
      .select({ addressLine: providerSites.addressLine, town: providerSites.town, postcode: providerSites.postcode, latitude: providerSites.latitude, longitude: providerSites.longitude })
      .from(providerSites)
      .innerJoin(providers, eq(providers.id, providerSites.providerId))
      .where(where)
      .orderBy(asc(providers.slug), asc(providerSites.name))
      .limit(1);
  // A new test area (newAreaName) has no sites yet: the site goes where any area's first one is.
  const [inArea] = await nearest(eq(providers.laId, laId));
  const near = inArea ?? (await nearest())[0];
  if (!near) return undefined;
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`;
  const [provider] = await db
    .insert(providers)
    .values({ laId, slug, name, kind: 'training_provider', summary: `${name} trains young people for work.` })
    .returning({ id: providers.id, slug: providers.slug });
  if (!provider) return undefined;
  const [site] = await db.insert(providerSites).values({ providerId: provider.id, name: 'Training centre', ...near }).returning({ id: providerSites.id });
  if (course && site) await createTestCourse(laId, provider, site.id, course);
  return provider;
}

const DAY = 24 * 60 * 60 * 1000;

/** A course at a test provider, last checked long ago (overdue), that started 60 days ago and starts again in 90. */
async function createTestCourse(laId: string, provider: { id: string; slug: string }, siteId: string, course: { title: string; checkedDaysAgo: number }) {
  const [kind] = await db.select({ id: categories.id }).from(categories).where(isNotNull(categories.parentId)).orderBy(asc(categories.name)).limit(1);
  if (!kind) return;
  const [row] = await db
    .insert(courses)
    .values({
      laId,
      providerId: provider.id,
      categoryId: kind.id,
      slug: `${provider.slug}-course`,
      title: course.title,
      summary: `Learn the basics of ${course.title}.`,
      level: 'level_1',
      mode: 'full_time',
      method: 'classroom',
      ageGroup: 'age_16_19',
      durationText: '1 year',
      lastCheckedAt: new Date(Date.now() - course.checkedDaysAgo * DAY),
    })
    .returning({ id: courses.id });
  if (!row) return;
  const isoDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  await db.insert(courseRuns).values([
    { courseId: row.id, siteId, startsOn: isoDay(-60), places: 10 },
    { courseId: row.id, siteId, startsOn: isoDay(90), places: 12 },
  ]);
}
