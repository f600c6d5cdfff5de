import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { FreshnessRules } from '@/lib/freshness/rules';
import type { VacancyType } from '@/lib/vacancies/search';
import { db } from '../client';
import { courses, employers, providers, savedItems, users, vacancies } from '../schema';
import { courseIsListed } from './live-providers';
import { visibleVacancy } from './vacancies';

// saved_items has UNIQUE NULLS NOT DISTINCT (user, course, vacancy), so saving twice is a no-op even when
// two saves race.

/** Young people only: whether the actor has saved this course. */
export async function isCourseSaved({ actorId, courseId }: { actorId: string; courseId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: savedItems.id })
    .from(savedItems)
    .where(and(eq(savedItems.userId, actorId), eq(savedItems.courseId, courseId)));
  return Boolean(row);
}

/**
 * Young people only: saves (or un-saves) a published course in the actor's own area. Returns false when
 * the course is not one they can see, so the action shows not-found.
 */
export async function setCourseSaved({
  actorId,
  courseSlug,
  isSaved,
}: {
  actorId: string;
  courseSlug: string;
  isSaved: boolean;
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [course] = await tx
      .select({ id: courses.id })
      .from(courses)
      .innerJoin(users, and(eq(users.id, actorId), eq(users.role, 'young_person'), eq(users.laId, courses.laId)))
      .where(
        and(
          eq(courses.slug, courseSlug),
          // A course no longer listed (withdrawn, or its provider paused) cannot be saved again, but it can still be taken off the list.
          isSaved ? courseIsListed() : undefined,
        ),
      );
    if (!course) return false;
    if (isSaved) {
      await tx.insert(savedItems).values({ userId: actorId, courseId: course.id }).onConflictDoNothing();
    } else {
      await tx.delete(savedItems).where(and(eq(savedItems.userId, actorId), eq(savedItems.courseId, course.id)));
    }
    return true;
  });
}

export type SavedCourse = {
  slug: string;
  title: string;
  providerName: string;
  /** False once it is withdrawn or the council paused its provider: the list says so instead of linking to a missing page. */
  isListed: boolean;
};

/** Young people only: the actor's own saved courses, newest first. */
export async function findSavedCourses({ actorId }: { actorId: string }): Promise<SavedCourse[]> {
  return db
    .select({
      slug: courses.slug,
      title: courses.title,
      providerName: providers.name,
      isListed: sql<boolean>`coalesce(${courseIsListed()}, false)`,
    })
    .from(savedItems)
    .innerJoin(courses, eq(courses.id, savedItems.courseId))
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(eq(savedItems.userId, actorId))
    .orderBy(desc(savedItems.createdAt));
}

/** Young people only: whether the actor has saved this vacancy. */
export async function isVacancySaved({ actorId, vacancyId }: { actorId: string; vacancyId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: savedItems.id })
    .from(savedItems)
    .where(and(eq(savedItems.userId, actorId), eq(savedItems.vacancyId, vacancyId)));
  return Boolean(row);
}

/**
 * Young people only: saves a vacancy they can see (live, open, checked recently, in their own area), or
 * un-saves one of their own saved vacancies (even one that has since closed). Returns false when there is
 * nothing they may save, so the action shows not-found.
 */
export async function setVacancySaved({
  actorId,
  vacancyId,
  isSaved,
  now,
  rules,
}: {
  actorId: string;
  vacancyId: string;
  isSaved: boolean;
  now: Date;
  rules: FreshnessRules;
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [actor] = await tx
      .select({ laId: users.laId })
      .from(users)
      .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!actor) return false;
    if (!isSaved) {
      await tx.delete(savedItems).where(and(eq(savedItems.userId, actorId), eq(savedItems.vacancyId, vacancyId)));
      return true;
    }
    const [vacancy] = await tx
      .select({ id: vacancies.id })
      .from(vacancies)
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .where(and(visibleVacancy({ laId: actor.laId, now, rules }), eq(vacancies.id, vacancyId)));
    if (!vacancy) return false;
    await tx.insert(savedItems).values({ userId: actorId, vacancyId: vacancy.id }).onConflictDoNothing();
    return true;
  });
}

export type SavedVacancy = {
  id: string;
  title: string;
  type: VacancyType;
  offeredBy: string;
  /** False once it has closed, been filled or gone out of date: the list says so instead of linking to a missing page. */
  isOpen: boolean;
};

/** Young people only: the actor's own saved vacancies, newest first. */
export async function findSavedVacancies({
  actorId,
  now,
  rules,
}: {
  actorId: string;
  now: Date;
  rules: FreshnessRules;
}): Promise<SavedVacancy[]> {
  return db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      type: vacancies.type,
      offeredBy: sql<string>`coalesce(${employers.name}, ${providers.name})`,
      isOpen: sql<boolean>`coalesce(${visibleVacancy({ laId: users.laId, now, rules })}, false)`,
    })
    .from(savedItems)
    .innerJoin(users, eq(users.id, savedItems.userId))
    .innerJoin(vacancies, eq(vacancies.id, savedItems.vacancyId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(providers, eq(providers.id, vacancies.providerId))
    .where(eq(savedItems.userId, actorId))
    .orderBy(desc(savedItems.createdAt));
}
