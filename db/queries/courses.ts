import 'server-only';
import { and, asc, count, desc, eq, exists, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { PLAIN_LEVELS } from '@/lib/courses/levels';
import { type CourseFilters, START_CHOICES } from '@/lib/courses/search';
import { type FreshnessRules, visibleSince } from '@/lib/freshness/rules';
import type { Point } from '@/lib/geo/places';
import { db } from '../client';
import { categories, courseRuns, courses, openDays, providerSites, providers, users } from '../schema';
import { milesFrom } from './geo-sql';
import { providerIsLive } from './live-providers';

// Public prospectus queries. Every one is scoped to one council area (laId) and shows young people only
// published courses checked within the freshness window, from providers the council has not paused.

const parentCategories = alias(categories, 'parent_categories');
const PAGE_SIZE = 20;

type Scope = {
  laId: string;
  now: Date;
  rules: FreshnessRules;
  /** Areas that share their courses with this one (decision 035): their courses are shown too, marked. */
  sharedLaIds?: readonly string[];
};

/** The areas whose courses this scope shows: one `la_id in (…)` on the area index, not a look-up per row. */
function areaCondition(column: typeof courses.laId | typeof providers.laId, { laId, sharedLaIds }: Pick<Scope, 'laId' | 'sharedLaIds'>): SQL {
  return sharedLaIds && sharedLaIds.length > 0 ? inArray(column, [laId, ...sharedLaIds]) : eq(column, laId);
}

/** The condition for a course young people may see, for queries in db/queries only (joins providers). */
export function visibleCourse({ laId, sharedLaIds, now, rules }: Scope): SQL {
  return and(
    areaCondition(courses.laId, { laId, sharedLaIds }),
    eq(courses.status, 'published'),
    gte(courses.lastCheckedAt, visibleSince(now, rules)),
    gte(providers.lastCheckedAt, visibleSince(now, rules)),
    // A provider the council paused shows nothing (decision 039).
    providerIsLive(),
  )!;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Full-text match (stems: "apprenticeships" finds "apprenticeship") or a close spelling of a title word. */
function matchesText(q: string): SQL {
  return or(
    sql`${courses.searchVector} @@ websearch_to_tsquery('english', ${q})`,
    sql`${q} <% ${courses.title}`,
  )!;
}

/**
 * The area's provider sites within `distance` miles of the origin. Sites are few (tens
 * to hundreds per area), so measuring each once here is far cheaper than measuring every course's sites.
 */
async function siteIdsNear(scope: Scope, origin: Point, distance: number): Promise<string[]> {
  const miles = milesFrom(origin, providerSites.latitude, providerSites.longitude);
  const rows = await db
    .select({ siteId: providerSites.id })
    .from(providerSites)
    .innerJoin(providers, eq(providers.id, providerSites.providerId))
    .where(and(areaCondition(providers.laId, scope), sql`${miles} <= ${distance}`));
  return rows.map((row) => row.siteId);
}

/**
 * Each course with a start date at one of the near sites, and its nearest such site: one grouped pass over
 * the course runs, joined to the courses, instead of a distance worked out per course.
 */
function nearestSitePerCourse(origin: Point, siteIds: string[]) {
  return db
    .select({
      courseId: courseRuns.courseId,
      miles: sql<number>`min(${milesFrom(origin, providerSites.latitude, providerSites.longitude)})`.as('miles'),
    })
    .from(courseRuns)
    .innerJoin(providerSites, eq(providerSites.id, courseRuns.siteId))
    .where(inArray(courseRuns.siteId, siteIds))
    .groupBy(courseRuns.courseId)
    .as('course_near');
}

const nextStart = sql<string | null>`(select min(${courseRuns.startsOn}) from ${courseRuns}
  where ${courseRuns.courseId} = ${courses.id} and ${courseRuns.startsOn} >= current_date)`;

export type CourseSummary = {
  /** The course's own area: another one's when that area shares its courses with this one. */
  laId: string;
  slug: string;
  title: string;
  summary: string;
  level: (typeof courses.$inferSelect)['level'];
  mode: (typeof courses.$inferSelect)['mode'];
  isApprenticeship: boolean;
  isNoQualificationsNeeded: boolean;
  providerName: string;
  imagePath: string;
  imageAlt: string;
  /** The kind of work whose picture this is (null when the record has a picture of its own): an area may show its own. */
  pictureCategory: string | null;
  subjectName: string;
  nextStartsOn: string | null;
  miles: number | null;
  lastCheckedAt: Date;
};

/**
 * Public: courses in one area matching the filters, a page at a time. `origin` is where the person said
 * they are (from their postcode), for distance filtering, sorting and "x miles away".
 */
export async function findCourses({
  filters,
  origin,
  ...scope
}: Scope & { filters: CourseFilters; origin: Point | null }): Promise<{ total: number; courses: CourseSummary[] }> {
  const conditions: (SQL | undefined)[] = [visibleCourse(scope)];
  if (filters.q) conditions.push(matchesText(filters.q));
  if (filters.area) conditions.push(eq(parentCategories.slug, filters.area));
  if (filters.subject) conditions.push(eq(categories.slug, filters.subject));
  if (filters.lens) conditions.push(sql`${filters.lens}::lens = any(${categories.lenses})`);
  if (filters.level) conditions.push(inArray(courses.level, [...PLAIN_LEVELS[filters.level].levels]));
  if (filters.mode) conditions.push(eq(courses.mode, filters.mode));
  if (filters.age) conditions.push(eq(courses.ageGroup, filters.age));
  if (filters.noQualifications) conditions.push(eq(courses.isNoQualificationsNeeded, true));
  if (filters.starts) {
    const until = new Date(scope.now);
    until.setMonth(until.getMonth() + START_CHOICES[filters.starts].months);
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(courseRuns)
          .where(
            and(
              eq(courseRuns.courseId, courses.id),
              gte(courseRuns.startsOn, isoDate(scope.now)),
              lte(courseRuns.startsOn, isoDate(until)),
            ),
          ),
      ),
    );
  }
  let courseNear: ReturnType<typeof nearestSitePerCourse> | null = null;
  if (origin) {
    const siteIds = await siteIdsNear(scope, origin, filters.distance);
    if (siteIds.length === 0) return { total: 0, courses: [] };
    courseNear = nearestSitePerCourse(origin, siteIds);
  }
  const miles = courseNear ? courseNear.miles : null;
  const where = and(...conditions);

  const order: SQL[] = [];
  if (filters.sort === 'distance' && miles) order.push(sql`${miles} asc nulls last`);
  if (filters.sort === 'start') order.push(sql`${nextStart} asc nulls last`);
  if (filters.q) {
    order.push(
      desc(sql`ts_rank(${courses.searchVector}, websearch_to_tsquery('english', ${filters.q})) + word_similarity(${filters.q}, ${courses.title})`),
    );
  }
  order.push(asc(courses.title));

  let base = db
    .select({
      laId: courses.laId,
      slug: courses.slug,
      title: courses.title,
      summary: courses.summary,
      level: courses.level,
      mode: courses.mode,
      isApprenticeship: courses.isApprenticeship,
      isNoQualificationsNeeded: courses.isNoQualificationsNeeded,
      providerName: providers.name,
      imagePath: sql<string>`coalesce(${courses.imagePath}, ${categories.imagePath})`,
      pictureCategory: sql<string | null>`case when ${courses.imagePath} is null then ${categories.slug} end`,
      imageAlt: courses.imageAlt,
      subjectName: categories.name,
      nextStartsOn: nextStart,
      miles: miles ?? sql<null>`null`,
      lastCheckedAt: courses.lastCheckedAt,
    })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .innerJoin(categories, eq(categories.id, courses.categoryId))
    .leftJoin(parentCategories, eq(parentCategories.id, categories.parentId))
    .$dynamic();
  let counting = db
    .select({ n: count() })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .innerJoin(categories, eq(categories.id, courses.categoryId))
    .leftJoin(parentCategories, eq(parentCategories.id, categories.parentId))
    .$dynamic();
  if (courseNear) {
    // Only courses that start at a near site; the join carries each one's distance.
    base = base.innerJoin(courseNear, eq(courseNear.courseId, courses.id));
    counting = counting.innerJoin(courseNear, eq(courseNear.courseId, courses.id));
  }

  const [rows, [counted]] = await Promise.all([
    base
      .where(where)
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset((filters.page - 1) * PAGE_SIZE),
    counting.where(where),
  ]);
  return {
    total: counted?.n ?? 0,
    courses: rows.map((row) => ({ ...row, miles: row.miles === null ? null : Number(row.miles) })),
  };
}

export const COURSES_PAGE_SIZE = PAGE_SIZE;

export type SubjectCard = { slug: string; name: string; imagePath: string; imageAlt: string; courseCount: number };

/**
 * Public: picture cards for browsing one area's courses: the areas of work (no parent given) or the
 * subjects in one area, each with how many visible courses it has. Categories with none are left out.
 */
export async function findCourseSubjects(scope: Scope & { areaSlug?: string }): Promise<SubjectCard[]> {
  const groupBy = scope.areaSlug ? categories : parentCategories;
  const rows = await db
    .select({
      slug: groupBy.slug,
      name: groupBy.name,
      imagePath: groupBy.imagePath,
      imageAlt: groupBy.imageAlt,
      position: groupBy.position,
      courseCount: count(),
    })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .innerJoin(categories, eq(categories.id, courses.categoryId))
    .innerJoin(parentCategories, eq(parentCategories.id, categories.parentId))
    .where(and(visibleCourse(scope), scope.areaSlug ? eq(parentCategories.slug, scope.areaSlug) : undefined))
    .groupBy(groupBy.id)
    .orderBy(asc(groupBy.position), asc(groupBy.name));
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    imagePath: row.imagePath,
    imageAlt: row.imageAlt,
    courseCount: row.courseCount,
  }));
}

export type CourseDetail = {
  id: string;
  /** The course's own area: another one's when that area shares its courses with this one. */
  laId: string;
  slug: string;
  title: string;
  summary: string;
  whatYouLearn: string;
  entryRequirements: string;
  isNoQualificationsNeeded: boolean;
  leadsTo: string;
  cost: string;
  level: CourseSummary['level'];
  mode: CourseSummary['mode'];
  method: (typeof courses.$inferSelect)['method'];
  ageGroup: (typeof courses.$inferSelect)['ageGroup'];
  isApprenticeship: boolean;
  durationText: string;
  imagePath: string;
  imageAlt: string;
  /** The kind of work whose picture this is (null when the record has a picture of its own): an area may show its own. */
  pictureCategory: string | null;
  lastCheckedAt: Date;
  /** Who last said it was still correct: the provider's own staff, or the council. */
  checkedBy: 'provider' | 'council' | null;
  subject: { slug: string; name: string };
  area: { slug: string; name: string } | null;
  provider: { id: string; slug: string; name: string; kind: string; textNumber: string | null; email: string | null; website: string | null };
  runs: { startsOn: string; applyBy: string | null; places: number | null; siteName: string }[];
  sites: {
    id: string;
    name: string;
    addressLine: string;
    town: string;
    postcode: string;
    latitude: number;
    longitude: number;
    gettingThere: string;
  }[];
  openDays: { startsAt: Date; endsAt: Date; description: string; siteName: string | null }[];
};

/** Public: one visible course in one area, with where and when it runs. Null when missing, hidden or elsewhere. */
export async function getCourse(scope: Scope & { slug: string }): Promise<CourseDetail | null> {
  const [course] = await db
    .select({
      id: courses.id,
      laId: courses.laId,
      slug: courses.slug,
      title: courses.title,
      summary: courses.summary,
      whatYouLearn: courses.whatYouLearn,
      entryRequirements: courses.entryRequirements,
      isNoQualificationsNeeded: courses.isNoQualificationsNeeded,
      leadsTo: courses.leadsTo,
      cost: courses.cost,
      level: courses.level,
      mode: courses.mode,
      method: courses.method,
      ageGroup: courses.ageGroup,
      isApprenticeship: courses.isApprenticeship,
      durationText: courses.durationText,
      imagePath: sql<string>`coalesce(${courses.imagePath}, ${categories.imagePath})`,
      pictureCategory: sql<string | null>`case when ${courses.imagePath} is null then ${categories.slug} end`,
      imageAlt: courses.imageAlt,
      lastCheckedAt: courses.lastCheckedAt,
      checkedByRole: sql<string | null>`(select ${users.role} from ${users} where ${users.id} = ${courses.lastCheckedById})`,
      subjectSlug: categories.slug,
      subjectName: categories.name,
      areaSlug: parentCategories.slug,
      areaName: parentCategories.name,
      providerId: providers.id,
      providerSlug: providers.slug,
      providerName: providers.name,
      providerKind: providers.kind,
      providerTextNumber: providers.textNumber,
      providerEmail: providers.email,
      providerWebsite: providers.website,
    })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .innerJoin(categories, eq(categories.id, courses.categoryId))
    .leftJoin(parentCategories, eq(parentCategories.id, categories.parentId))
    .where(and(visibleCourse(scope), eq(courses.slug, scope.slug)))
    // Slugs are unique within an area only: the area's own course wins over a shared one of the same slug.
    .orderBy(desc(sql`${courses.laId} = ${scope.laId}`))
    .limit(1);
  if (!course) return null;

  const [runs, sites, days] = await Promise.all([
    db
      .select({ startsOn: courseRuns.startsOn, applyBy: courseRuns.applyBy, places: courseRuns.places, siteName: providerSites.name })
      .from(courseRuns)
      .innerJoin(providerSites, eq(providerSites.id, courseRuns.siteId))
      .where(and(eq(courseRuns.courseId, course.id), gte(courseRuns.startsOn, isoDate(scope.now))))
      .orderBy(asc(courseRuns.startsOn)),
    db
      .selectDistinct({
        id: providerSites.id,
        name: providerSites.name,
        addressLine: providerSites.addressLine,
        town: providerSites.town,
        postcode: providerSites.postcode,
        latitude: providerSites.latitude,
        longitude: providerSites.longitude,
        gettingThere: providerSites.gettingThere,
      })
      .from(courseRuns)
      .innerJoin(providerSites, eq(providerSites.id, courseRuns.siteId))
      .where(eq(courseRuns.courseId, course.id)),
    db
      .select({ startsAt: openDays.startsAt, endsAt: openDays.endsAt, description: openDays.description, siteName: providerSites.name })
      .from(openDays)
      .leftJoin(providerSites, eq(providerSites.id, openDays.siteId))
      .where(and(eq(openDays.providerId, course.providerId), gte(openDays.endsAt, scope.now)))
      .orderBy(asc(openDays.startsAt))
      .limit(5),
  ]);

  return {
    id: course.id,
    laId: course.laId,
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    whatYouLearn: course.whatYouLearn,
    entryRequirements: course.entryRequirements,
    isNoQualificationsNeeded: course.isNoQualificationsNeeded,
    leadsTo: course.leadsTo,
    cost: course.cost,
    level: course.level,
    mode: course.mode,
    method: course.method,
    ageGroup: course.ageGroup,
    isApprenticeship: course.isApprenticeship,
    durationText: course.durationText,
    imagePath: course.imagePath,
    imageAlt: course.imageAlt,
    pictureCategory: course.pictureCategory,
    lastCheckedAt: course.lastCheckedAt,
    checkedBy: course.checkedByRole === 'la_admin' ? 'council' : course.checkedByRole === 'provider_staff' ? 'provider' : null,
    subject: { slug: course.subjectSlug, name: course.subjectName },
    area: course.areaSlug && course.areaName ? { slug: course.areaSlug, name: course.areaName } : null,
    provider: {
      id: course.providerId,
      slug: course.providerSlug,
      name: course.providerName,
      kind: course.providerKind,
      textNumber: course.providerTextNumber,
      email: course.providerEmail,
      website: course.providerWebsite,
    },
    runs,
    sites: sites.sort((a, b) => a.name.localeCompare(b.name)),
    openDays: days,
  };
}

/** Public: up to three visible courses by slug, for comparing side by side, in the order asked for. */
export async function findCoursesToCompare(scope: Scope & { slugs: string[] }): Promise<CourseDetail[]> {
  const found = await Promise.all(scope.slugs.slice(0, 3).map((slug) => getCourse({ ...scope, slug })));
  return found.filter((course): course is CourseDetail => course !== null);
}
