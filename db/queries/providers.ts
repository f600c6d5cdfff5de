import 'server-only';
import { and, asc, count, eq, gte, type SQL, sql } from 'drizzle-orm';
import { COURSE_LEVELS } from '@/lib/courses/levels';
import { type FreshnessRules, visibleSince } from '@/lib/freshness/rules';
import { type ProviderKind, providerPicture } from '@/lib/providers/words';
import { db } from '../client';
import { categories, courses, openDays, providerSites, providers } from '../schema';
import { providerIsLive } from './live-providers';

// Public prospectus queries about providers. Each is scoped to one council area (laId) and shows young
// people only providers checked within the freshness window, and only their published, fresh courses.

type Scope = { laId: string; now: Date; rules: FreshnessRules };

function visibleProvider({ laId, now, rules }: Scope): SQL {
  // A provider the council paused has no public page (decision 039).
  return and(eq(providers.laId, laId), gte(providers.lastCheckedAt, visibleSince(now, rules)), providerIsLive())!;
}

function visibleCourseOf(providerId: string | typeof providers.id, { laId, now, rules }: Scope): SQL {
  return and(
    eq(courses.providerId, providerId),
    eq(courses.laId, laId),
    eq(courses.status, 'published'),
    gte(courses.lastCheckedAt, visibleSince(now, rules)),
  )!;
}

export type ProviderListItem = {
  slug: string;
  name: string;
  kind: ProviderKind;
  imagePath: string;
  imageAlt: string;
  courseCount: number;
};

/** Public: one area's visible providers, A to Z, each with how many visible courses it has. */
export async function findProviders(scope: Scope): Promise<ProviderListItem[]> {
  const courseCount = db
    .select({ n: count() })
    .from(courses)
    .where(visibleCourseOf(providers.id, scope));
  const rows = await db
    .select({
      slug: providers.slug,
      name: providers.name,
      kind: providers.kind,
      imagePath: providers.imagePath,
      imageAlt: providers.imageAlt,
      courseCount: sql<number>`(${courseCount})`,
    })
    .from(providers)
    .where(visibleProvider(scope))
    .orderBy(asc(providers.name));
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    imagePath: providerPicture(row.kind, row.imagePath),
    imageAlt: row.imageAlt,
    courseCount: Number(row.courseCount),
  }));
}

export type ProviderSiteDetail = {
  id: string;
  name: string;
  addressLine: string;
  town: string;
  postcode: string;
  latitude: number;
  longitude: number;
  gettingThere: string;
};

export type ProviderCourse = {
  slug: string;
  title: string;
  level: (typeof courses.$inferSelect)['level'];
  mode: (typeof courses.$inferSelect)['mode'];
  isApprenticeship: boolean;
  imagePath: string;
  imageAlt: string;
};

export type ProviderDetail = {
  id: string;
  slug: string;
  name: string;
  kind: ProviderKind;
  summary: string;
  description: string;
  supportInfo: string;
  website: string | null;
  textNumber: string | null;
  email: string | null;
  phone: string | null;
  imagePath: string;
  imageAlt: string;
  lastCheckedAt: Date;
  sites: ProviderSiteDetail[];
  openDays: { startsAt: Date; endsAt: Date; description: string; siteName: string | null }[];
  /** Lowest level first, then A to Z. */
  courses: ProviderCourse[];
};

/**
 * Public: one visible provider in one area, with its sites, upcoming open days and visible courses. Null
 * when it is missing, not checked recently, or in another area: all three look the same to the visitor.
 */
export async function getProvider(scope: Scope & { slug: string }): Promise<ProviderDetail | null> {
  const [provider] = await db
    .select({
      id: providers.id,
      slug: providers.slug,
      name: providers.name,
      kind: providers.kind,
      summary: providers.summary,
      description: providers.description,
      supportInfo: providers.supportInfo,
      website: providers.website,
      textNumber: providers.textNumber,
      email: providers.email,
      phone: providers.phone,
      imagePath: providers.imagePath,
      imageAlt: providers.imageAlt,
      lastCheckedAt: providers.lastCheckedAt,
    })
    .from(providers)
    .where(and(visibleProvider(scope), eq(providers.slug, scope.slug)));
  if (!provider) return null;

  const [sites, days, courseRows] = await Promise.all([
    db
      .select({
        id: providerSites.id,
        name: providerSites.name,
        addressLine: providerSites.addressLine,
        town: providerSites.town,
        postcode: providerSites.postcode,
        latitude: providerSites.latitude,
        longitude: providerSites.longitude,
        gettingThere: providerSites.gettingThere,
      })
      .from(providerSites)
      .where(eq(providerSites.providerId, provider.id))
      .orderBy(asc(providerSites.name)),
    db
      .select({ startsAt: openDays.startsAt, endsAt: openDays.endsAt, description: openDays.description, siteName: providerSites.name })
      .from(openDays)
      .leftJoin(providerSites, eq(providerSites.id, openDays.siteId))
      .where(and(eq(openDays.providerId, provider.id), gte(openDays.endsAt, scope.now)))
      .orderBy(asc(openDays.startsAt))
      .limit(10),
    db
      .select({
        slug: courses.slug,
        title: courses.title,
        level: courses.level,
        mode: courses.mode,
        isApprenticeship: courses.isApprenticeship,
        imagePath: sql<string>`coalesce(${courses.imagePath}, ${categories.imagePath})`,
        imageAlt: courses.imageAlt,
      })
      .from(courses)
      .innerJoin(categories, eq(categories.id, courses.categoryId))
      .where(visibleCourseOf(provider.id, scope))
      .orderBy(asc(courses.title)),
  ]);

  return {
    id: provider.id,
    slug: provider.slug,
    name: provider.name,
    kind: provider.kind,
    summary: provider.summary,
    description: provider.description,
    supportInfo: provider.supportInfo,
    website: provider.website,
    textNumber: provider.textNumber,
    email: provider.email,
    phone: provider.phone,
    imagePath: providerPicture(provider.kind, provider.imagePath),
    imageAlt: provider.imageAlt,
    lastCheckedAt: provider.lastCheckedAt,
    sites,
    openDays: days,
    courses: courseRows.sort((a, b) => COURSE_LEVELS.indexOf(a.level) - COURSE_LEVELS.indexOf(b.level)),
  };
}
