import 'server-only';
import { and, asc, count, eq, gte, inArray, lt, notExists, sql } from 'drizzle-orm';
import { OFFER_STATUSES, startOfLondonMonth } from '@/lib/manage/area-figures';
import { type FreshnessRules, visibleSince } from '@/lib/freshness/rules';
import { db } from '../client';
import { laOfAdmin } from './admin-area';
import { visibleVacancy } from './vacancies';
import {
  anonymisedApplications,
  applications,
  caseloads,
  courses,
  employers,
  localAuthorities,
  memberships,
  providers,
  users,
  vacancies,
  youngPeople as youngPersonProfiles,
} from '../schema';

export type Actor = { actorId: string };

export type AccountSummary = { name: string | null; role: string; areaName: string };

/** The signed-in person's own name, role and area. Only for the actor themself. */
export async function getAccountSummary({ actorId }: Actor): Promise<AccountSummary | null> {
  const [row] = await db
    .select({ name: users.name, role: users.role, areaName: localAuthorities.areaName })
    .from(users)
    .innerJoin(localAuthorities, eq(localAuthorities.id, users.laId))
    .where(eq(users.id, actorId));
  return row ?? null;
}

/** A young person's own date of birth ("2009-03-14"), or null. Only for the actor themself (to show their wage). */
export async function getOwnDateOfBirth({ actorId }: Actor): Promise<string | null> {
  const [row] = await db
    .select({ dateOfBirth: youngPersonProfiles.dateOfBirth })
    .from(youngPersonProfiles)
    .where(eq(youngPersonProfiles.userId, actorId));
  return row?.dateOfBirth ?? null;
}

export type CaseloadEntry = { id: string; name: string | null };

/**
 * The young people on an adviser's own caseload (names only). Advisers only; anyone else gets an empty list.
 * Listing names is not a view of a record, so it is not access-logged; opening a record is.
 */
export async function findCaseload({ actorId }: Actor): Promise<CaseloadEntry[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(caseloads)
    .innerJoin(users, eq(users.id, caseloads.youngPersonId))
    .where(
      and(
        eq(caseloads.adviserId, actorId),
        // The actor must be an adviser, in the same area as the young person.
        eq(
          users.laId,
          db.select({ laId: users.laId }).from(users).where(and(eq(users.id, actorId), eq(users.role, 'adviser'))),
        ),
      ),
    )
    .orderBy(asc(users.name));
}

export type Organisation = { kind: 'provider' | 'employer'; name: string };

/** The providers and employers a member of staff works for. Only for the actor themself. */
export async function findOrganisations({ actorId }: Actor): Promise<Organisation[]> {
  const rows = await db
    .select({ providerName: providers.name, employerName: employers.name })
    .from(memberships)
    .leftJoin(providers, eq(providers.id, memberships.providerId))
    .leftJoin(employers, eq(employers.id, memberships.employerId))
    .where(eq(memberships.userId, actorId));
  return rows.flatMap((row): Organisation[] => [
    ...(row.providerName ? [{ kind: 'provider' as const, name: row.providerName }] : []),
    ...(row.employerName ? [{ kind: 'employer' as const, name: row.employerName }] : []),
  ]);
}

export type AreaCounts = {
  providers: number;
  courses: number;
  vacancies: number;
  youngPeople: number;
  /** Records past the warning age: their owners should check them. */
  needsChecking: { providers: number; courses: number; vacancies: number };
  /** Records past the hide age: young people no longer see them. */
  hidden: { providers: number; courses: number; vacancies: number };
  /** The headline figures; their definitions are in lib/manage/area-figures.ts and shown beside them. */
  vacanciesOpen: number;
  applicationsThisMonth: number;
  youngPeopleWithoutOffer: number;
};

/** Headline numbers for the actor's own area, with what is going stale. LA admins only; anyone else gets null. */
export async function getAreaCounts({ actorId, now, rules }: Actor & { now: Date; rules: FreshnessRules }): Promise<AreaCounts | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const countIn = async (table: typeof providers | typeof courses | typeof vacancies, checkedBefore?: Date) => {
    const [row] = await db
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.laId, laId), checkedBefore ? lt(table.lastCheckedAt, checkedBefore) : undefined));
    return row?.n ?? 0;
  };
  const warnBefore = visibleSince(now, { warnAfterDays: rules.warnAfterDays, hideAfterDays: rules.warnAfterDays });
  const hideBefore = visibleSince(now, rules);
  const staleCounts = async (before: Date) => ({
    providers: await countIn(providers, before),
    courses: await countIn(courses, before),
    vacancies: await countIn(vacancies, before),
  });
  const [youngPeople] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.laId, laId), eq(users.role, 'young_person')));
  const monthStart = startOfLondonMonth(now).toISOString();
  const [[open], [sent], [anonymisedSent], [withoutOffer]] = await Promise.all([
    db
      .select({ n: count() })
      .from(vacancies)
      // The same rule as the search (waiting for review, paused employers and all): what young people can see.
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .where(visibleVacancy({ laId, now, rules })),
    db
      .select({ n: count() })
      .from(applications)
      .where(and(eq(applications.laId, laId), gte(applications.submittedAt, sql`${monthStart}::timestamptz`))),
    db
      .select({ n: count() })
      .from(anonymisedApplications)
      .where(and(eq(anonymisedApplications.laId, laId), gte(anonymisedApplications.submittedAt, sql`${monthStart}::timestamptz`))),
    db
      .select({ n: count() })
      .from(users)
      .where(
        and(
          eq(users.laId, laId),
          eq(users.role, 'young_person'),
          notExists(
            db
              .select({ one: sql`1` })
              .from(applications)
              .where(and(eq(applications.youngPersonId, users.id), inArray(applications.status, [...OFFER_STATUSES]))),
          ),
        ),
      ),
  ]);
  return {
    vacanciesOpen: open?.n ?? 0,
    applicationsThisMonth: (sent?.n ?? 0) + (anonymisedSent?.n ?? 0),
    youngPeopleWithoutOffer: withoutOffer?.n ?? 0,
    providers: await countIn(providers),
    courses: await countIn(courses),
    vacancies: await countIn(vacancies),
    youngPeople: youngPeople?.n ?? 0,
    needsChecking: await staleCounts(warnBefore),
    hidden: await staleCounts(hideBefore),
  };
}
