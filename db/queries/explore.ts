import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { ExploreAnswers } from '@/lib/explore/answers';
import type { FreshnessRules } from '@/lib/freshness/rules';
import type { Point } from '@/lib/geo/places';
import type { VacancyType } from '@/lib/vacancies/search';
import { db } from '../client';
import {
  categories,
  consentGrants,
  courseRuns,
  courses,
  employers,
  exploreResults,
  providerSites,
  providers,
  users,
  vacancies,
} from '../schema';
import { visibleCourse } from './courses';
import { milesFrom } from './geo-sql';
import { visibleVacancy } from './vacancies';

type Scope = {
  laId: string;
  now: Date;
  rules: FreshnessRules;
  /** Areas that share their courses with this one (decision 035): their courses are suggested too, as in course search. */
  sharedLaIds?: readonly string[];
};

/** Kinds of vacancy Explore shows under a kind of work (volunteering is left to the vacancy search). */
const EXPLORE_VACANCY_TYPES: VacancyType[] = ['apprenticeship', 'training_place', 'job', 'work_experience'];

export type ExploreOption = {
  /** "course", or the kind of vacancy. */
  type: 'course' | VacancyType;
  /** The course's slug or the vacancy's id. */
  key: string;
  /** Its own area: another one's for a course that area shares with this one. */
  laId: string;
  title: string;
  offeredBy: string;
  isApprenticeship: boolean;
  isNoQualificationsNeeded: boolean;
  /** From the postcode given; null without one. */
  miles: number | null;
  town: string | null;
};

/**
 * Public: real local options for one kind of work, the same ones young people see in the course and
 * vacancy searches (published, open, checked recently, in this area, and courses an area shares with it). With a postcode, only those within
 * `maxMiles`, nearest first. When the person has no qualifications yet, ones that need none come first.
 * Vacancies are mixed: the best apprenticeship, training place, job and work experience before a second of any.
 */
export async function findExploreOptions({
  categorySlugs,
  origin,
  maxMiles,
  preferNoQualifications,
  courseLimit,
  vacancyLimit,
  ...scope
}: Scope & {
  categorySlugs: readonly string[];
  origin: Point | null;
  maxMiles: number;
  preferNoQualifications: boolean;
  courseLimit: number;
  vacancyLimit: number;
}): Promise<{ courses: ExploreOption[]; vacancies: ExploreOption[] }> {
  if (categorySlugs.length === 0) return { courses: [], vacancies: [] };
  const slugs = [...categorySlugs];

  const courseMiles = origin
    ? sql<number>`(select min(${milesFrom(origin, providerSites.latitude, providerSites.longitude)})
        from ${courseRuns} join ${providerSites} on ${providerSites.id} = ${courseRuns.siteId}
        where ${courseRuns.courseId} = ${courses.id})`
    : null;
  const courseTown = sql<string | null>`(select min(${providerSites.town})
    from ${courseRuns} join ${providerSites} on ${providerSites.id} = ${courseRuns.siteId}
    where ${courseRuns.courseId} = ${courses.id})`;
  const courseOrder: SQL[] = [];
  if (preferNoQualifications) courseOrder.push(desc(courses.isNoQualificationsNeeded));
  if (courseMiles) courseOrder.push(sql`${courseMiles} asc nulls last`);
  courseOrder.push(desc(courses.lastCheckedAt), asc(courses.id));

  const vacancyMiles = origin ? milesFrom(origin, vacancies.latitude, vacancies.longitude) : null;
  const withinType = vacancyMiles
    ? sql`${vacancyMiles} asc, ${vacancies.lastCheckedAt} desc`
    : sql`${vacancies.lastCheckedAt} desc`;
  const vacancyOrder: SQL[] = [];
  if (preferNoQualifications) vacancyOrder.push(desc(vacancies.isNoQualificationsNeeded));
  vacancyOrder.push(sql`row_number() over (partition by ${vacancies.type} order by ${withinType}) asc`);
  vacancyOrder.push(
    sql`array_position(array['apprenticeship', 'training_place', 'job', 'work_experience']::vacancy_type[], ${vacancies.type}) asc`,
  );

  const [courseRows, vacancyRows] = await Promise.all([
    db
      .select({
        key: courses.slug,
        laId: courses.laId,
        title: courses.title,
        offeredBy: providers.name,
        isApprenticeship: courses.isApprenticeship,
        isNoQualificationsNeeded: courses.isNoQualificationsNeeded,
        miles: courseMiles ?? sql<null>`null`,
        town: courseTown,
      })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .innerJoin(categories, eq(categories.id, courses.categoryId))
      .where(
        and(
          visibleCourse(scope),
          inArray(categories.slug, slugs),
          courseMiles ? sql`${courseMiles} <= ${maxMiles}` : undefined,
        ),
      )
      .orderBy(...courseOrder)
      .limit(courseLimit),
    db
      .select({
        key: vacancies.id,
        laId: vacancies.laId,
        type: vacancies.type,
        title: vacancies.title,
        offeredBy: sql<string>`coalesce(${employers.name}, ${providers.name})`,
        isNoQualificationsNeeded: vacancies.isNoQualificationsNeeded,
        miles: vacancyMiles ?? sql<null>`null`,
        town: vacancies.town,
      })
      .from(vacancies)
      .innerJoin(categories, eq(categories.id, vacancies.categoryId))
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .leftJoin(providers, eq(providers.id, vacancies.providerId))
      .where(
        and(
          // Vacancies are never shared (decision 035): only this area's own.
          visibleVacancy({ laId: scope.laId, now: scope.now, rules: scope.rules }),
          inArray(categories.slug, slugs),
          inArray(vacancies.type, EXPLORE_VACANCY_TYPES),
          vacancyMiles ? sql`${vacancyMiles} <= ${maxMiles}` : undefined,
        ),
      )
      .orderBy(...vacancyOrder)
      .limit(vacancyLimit),
  ]);

  const toMiles = (miles: number | null) => (miles === null ? null : Number(miles));
  return {
    courses: courseRows.map((row) => ({ ...row, type: 'course' as const, miles: toMiles(row.miles) })),
    vacancies: vacancyRows.map((row) => ({ ...row, isApprenticeship: row.type === 'apprenticeship', miles: toMiles(row.miles) })),
  };
}

export type SavedExplore = {
  id: string;
  answers: ExploreAnswers;
  kindSlugs: string[];
  createdAt: Date;
};

/**
 * Young people only: keeps the actor's own Explore answers and the kinds of work they were shown. Returns
 * null when the actor is not a young person.
 */
export async function createExploreResult({
  actorId,
  answers,
  kindSlugs,
}: {
  actorId: string;
  answers: ExploreAnswers;
  kindSlugs: string[];
}): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [actor] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!actor) return null;
    const [row] = await tx.insert(exploreResults).values({ userId: actor.id, answers, kindSlugs }).returning({ id: exploreResults.id });
    return row ?? null;
  });
}

/** Young people only: the actor's own saved Explore results, newest first. */
export async function findOwnExploreResults({ actorId, limit = 3 }: { actorId: string; limit?: number }): Promise<SavedExplore[]> {
  const rows = await db
    .select({ id: exploreResults.id, answers: exploreResults.answers, kindSlugs: exploreResults.kindSlugs, createdAt: exploreResults.createdAt })
    .from(exploreResults)
    .where(eq(exploreResults.userId, actorId))
    .orderBy(desc(exploreResults.createdAt), desc(exploreResults.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, answers: row.answers as ExploreAnswers }));
}

/** Young people only: removes one of the actor's own saved results. False when it is not theirs (or gone). */
export async function deleteExploreResult({ actorId, resultId }: { actorId: string; resultId: string }): Promise<boolean> {
  const deleted = await db
    .delete(exploreResults)
    .where(and(eq(exploreResults.id, resultId), eq(exploreResults.userId, actorId)))
    .returning({ id: exploreResults.id });
  return deleted.length > 0;
}

export type AdviserExploreView = Pick<ExploreAnswers, 'like' | 'way' | 'now'> & { kindSlugs: string[]; createdAt: Date };

/**
 * Advisers only: a young person's saved Explore results, as a conversation starter. Only for an adviser
 * with a current consent grant from them (profile or everything): a caseload link alone is not enough;
 * otherwise null, like a missing record. The postcode and travel choice are left out: an adviser does not
 * need where someone lives from this. Read by getYoungPersonRecordForStaff (db/queries/privacy.ts), which
 * writes the access log entry when it shows them.
 */
export async function findExploreResultsForAdviser({
  actorId,
  youngPersonId,
  now,
}: {
  actorId: string;
  youngPersonId: string;
  now: Date;
}): Promise<AdviserExploreView[] | null> {
  const [allowed] = await db
    .select({ youngPersonId: consentGrants.youngPersonId })
    .from(consentGrants)
    .innerJoin(users, and(eq(users.id, consentGrants.granteeId), eq(users.role, 'adviser')))
    .where(
      and(
        eq(consentGrants.granteeId, actorId),
        eq(consentGrants.youngPersonId, youngPersonId),
        inArray(consentGrants.scope, ['profile', 'everything']),
        isNull(consentGrants.revokedAt),
        or(isNull(consentGrants.expiresAt), gt(consentGrants.expiresAt, now)),
      ),
    )
    .limit(1);
  if (!allowed) return null;
  const rows = await findOwnExploreResults({ actorId: youngPersonId, limit: 5 });
  return rows.map(({ answers, kindSlugs, createdAt }) => ({
    kindSlugs,
    like: answers.like,
    way: answers.way,
    now: answers.now,
    createdAt,
  }));
}
