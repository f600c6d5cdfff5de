import 'server-only';
import { and, asc, eq, gt, inArray, lte, or } from 'drizzle-orm';
import { isUuid } from '@/lib/media/keys';
import { SHORTLIST_HOURS, type ShortlistItem } from '@/lib/present/shortlist';
import { db } from '../client';
import { courses, presentShortlistItems, providers, users, vacancies } from '../schema';
import { courseIsListed } from './live-providers';

// Present mode's shortlist (decision 030): one per adviser, holding public courses and vacancies only. Nothing
// here knows which young person is in the room.

const since = (now: Date) => new Date(now.getTime() - SHORTLIST_HOURS * 60 * 60 * 1000);

async function adviserArea(actorId: string): Promise<string | null> {
  const [adviser] = await db
    .select({ laId: users.laId })
    .from(users)
    .where(and(eq(users.id, actorId), eq(users.role, 'adviser')));
  return adviser?.laId ?? null;
}

/**
 * Advisers only: adds a published course (by slug) or a live vacancy (by id) in their own area to their
 * shortlist. False when there is no such thing for them to add.
 */
export async function addToShortlist({
  actorId,
  kind,
  key,
  now,
}: {
  actorId: string;
  kind: 'course' | 'vacancy';
  key: string;
  now: Date;
}): Promise<boolean> {
  const laId = await adviserArea(actorId);
  if (!laId) return false;
  if (kind === 'course') {
    const [course] = await db
      .select({ id: courses.id })
      .from(courses)
      .where(and(eq(courses.laId, laId), eq(courses.slug, key), courseIsListed()));
    if (!course) return false;
    await db
      .insert(presentShortlistItems)
      .values({ adviserId: actorId, courseId: course.id, createdAt: now })
      .onConflictDoUpdate({ target: [presentShortlistItems.adviserId, presentShortlistItems.courseId, presentShortlistItems.vacancyId], set: { createdAt: now } });
    return true;
  }
  if (!isUuid(key)) return false;
  const [vacancy] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(and(eq(vacancies.laId, laId), eq(vacancies.id, key), eq(vacancies.status, 'live')));
  if (!vacancy) return false;
  await db
    .insert(presentShortlistItems)
    .values({ adviserId: actorId, vacancyId: vacancy.id, createdAt: now })
    .onConflictDoUpdate({ target: [presentShortlistItems.adviserId, presentShortlistItems.courseId, presentShortlistItems.vacancyId], set: { createdAt: now } });
  return true;
}

/** Advisers only: takes one item off their own shortlist (another adviser's item is left alone). */
export async function removeFromShortlist({ actorId, itemId }: { actorId: string; itemId: string }): Promise<void> {
  if (!isUuid(itemId)) return;
  await db.delete(presentShortlistItems).where(and(eq(presentShortlistItems.id, itemId), eq(presentShortlistItems.adviserId, actorId)));
}

/** Advisers only: empties their own shortlist (present mode starting or ending), and anything older than a session. */
export async function clearShortlist({ actorId, now }: { actorId: string; now: Date }): Promise<void> {
  await db
    .delete(presentShortlistItems)
    .where(or(eq(presentShortlistItems.adviserId, actorId), lte(presentShortlistItems.createdAt, since(now))));
}

/** Advisers only: their own shortlist from this present session, oldest first. */
export async function findShortlist({ actorId, now }: { actorId: string; now: Date }): Promise<ShortlistItem[]> {
  const rows = await db
    .select({
      id: presentShortlistItems.id,
      courseId: presentShortlistItems.courseId,
      vacancyId: presentShortlistItems.vacancyId,
      courseSlug: courses.slug,
      courseTitle: courses.title,
      providerName: providers.name,
      vacancyTitle: vacancies.title,
    })
    .from(presentShortlistItems)
    .leftJoin(courses, eq(courses.id, presentShortlistItems.courseId))
    .leftJoin(providers, eq(providers.id, courses.providerId))
    .leftJoin(vacancies, eq(vacancies.id, presentShortlistItems.vacancyId))
    .where(and(eq(presentShortlistItems.adviserId, actorId), gt(presentShortlistItems.createdAt, since(now))))
    .orderBy(asc(presentShortlistItems.createdAt), asc(presentShortlistItems.id));
  return rows.flatMap((row): ShortlistItem[] => {
    if (row.courseId && row.courseSlug && row.courseTitle) {
      return [{ id: row.id, kind: 'course', targetId: row.courseId, key: row.courseSlug, title: row.courseTitle, by: row.providerName, href: `/courses/${row.courseSlug}` }];
    }
    if (row.vacancyId && row.vacancyTitle) {
      return [{ id: row.id, kind: 'vacancy', targetId: row.vacancyId, key: row.vacancyId, title: row.vacancyTitle, by: null, href: `/vacancies/${row.vacancyId}` }];
    }
    return [];
  });
}

/** Anyone: the public page a shortlist's QR code or text opens. Published courses and live vacancies only. */
export async function findPublicShortlist({
  courseSlugs,
  vacancyIds,
}: {
  courseSlugs: string[];
  vacancyIds: string[];
}): Promise<{ kind: 'course' | 'vacancy'; title: string; by: string | null; href: string }[]> {
  const ids = vacancyIds.filter(isUuid);
  const [courseRows, vacancyRows] = await Promise.all([
    courseSlugs.length > 0
      ? db
          .select({ slug: courses.slug, title: courses.title, by: providers.name })
          .from(courses)
          .innerJoin(providers, eq(providers.id, courses.providerId))
          .where(and(inArray(courses.slug, courseSlugs), courseIsListed()))
      : [],
    ids.length > 0
      ? db
          .select({ id: vacancies.id, title: vacancies.title })
          .from(vacancies)
          .where(and(inArray(vacancies.id, ids), eq(vacancies.status, 'live')))
      : [],
  ]);
  return [
    ...courseSlugs.flatMap((slug) => {
      const row = courseRows.find((course) => course.slug === slug);
      return row ? [{ kind: 'course' as const, title: row.title, by: row.by, href: `/courses/${row.slug}` }] : [];
    }),
    ...ids.flatMap((id) => {
      const row = vacancyRows.find((vacancy) => vacancy.id === id);
      return row ? [{ kind: 'vacancy' as const, title: row.title, by: null, href: `/vacancies/${row.id}` }] : [];
    }),
  ];
}
