import 'server-only';
import { and, asc, eq, gte, inArray, isNotNull, like, or } from 'drizzle-orm';
import { formatDateOnly } from '@/lib/courses/words';
import { slugFor } from '@/lib/manage/employer-sign-up';
import { changedFields } from '@/lib/manage/changes';
import {
  londonMoment,
  type CourseDetailsInput,
  type CourseInput,
  type CourseRunInput,
  type NewCourseInput,
  type NewCourseRunInput,
  type OpenDayInput,
  type ProviderProfileInput,
} from '@/lib/manage/provider-schemas';
import type { Transaction } from '../client';
import { db } from '../client';
import { categories, courseRuns, courses, memberships, openDays, providerSites, providers, users } from '../schema';
import { isKindOfWork } from './categories';
import { recordContentChange } from './content-changes';

// Provider staff keep their own provider's published records up to date. Every query takes the actor and
// reaches only the providers they are a member of: another provider's record looks exactly like a missing
// one (null). Changes go live at once and each is written to the change log.

type Actor = { actorId: string };

/** The provider ids this member of staff works for (provider_staff only): the scope of every provider-staff query. */
export function ownProviderIds(actorId: string) {
  return db
    .select({ id: memberships.providerId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, actorId), eq(users.role, 'provider_staff')));
}

export type OwnProvider = {
  id: string;
  laId: string;
  slug: string;
  name: string;
  description: string;
  supportInfo: string;
  textNumber: string | null;
  website: string | null;
  lastCheckedAt: Date;
  lastCheckedBy: string | null;
};

const checkedBy = users.name;

/** A saved change is also a check: the record is right now, and this person looked at it. */
function checkedNow(actorId: string, now: Date) {
  return { lastCheckedAt: now, lastCheckedById: actorId };
}

/** Provider staff: the provider they work for, or null. */
export async function getOwnProvider({ actorId }: Actor): Promise<OwnProvider | null> {
  const [row] = await db
    .select({
      id: providers.id,
      laId: providers.laId,
      slug: providers.slug,
      name: providers.name,
      description: providers.description,
      supportInfo: providers.supportInfo,
      textNumber: providers.textNumber,
      website: providers.website,
      lastCheckedAt: providers.lastCheckedAt,
      lastCheckedBy: checkedBy,
    })
    .from(providers)
    .leftJoin(users, eq(users.id, providers.lastCheckedById))
    .where(inArray(providers.id, ownProviderIds(actorId)))
    .orderBy(asc(providers.name))
    .limit(1);
  return row ?? null;
}

/**
 * Provider staff: change their provider's profile (live at once, logged). A saved change counts as checked
 * now, by them, as vacancy edits and imports do (decision 036 addendum). Null when it is not theirs.
 */
export async function updateOwnProvider({ actorId, input, now }: Actor & { input: ProviderProfileInput; now: Date }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        id: providers.id,
        laId: providers.laId,
        name: providers.name,
        description: providers.description,
        supportInfo: providers.supportInfo,
        textNumber: providers.textNumber,
        website: providers.website,
      })
      .from(providers)
      .where(inArray(providers.id, ownProviderIds(actorId)))
      .orderBy(asc(providers.name))
      .limit(1);
    if (!before) return null;
    const { name, ...saved } = before;
    const changes = changedFields(saved, input);
    if (Object.keys(changes).length === 0) return { id: before.id };
    await tx.update(providers).set({ ...input, ...checkedNow(actorId, now) }).where(eq(providers.id, before.id));
    await recordContentChange(tx, { laId: before.laId, actorId, entityType: 'provider', entityId: before.id, changes, providerId: before.id, entityName: name });
    return { id: before.id };
  });
}

/** Provider staff: "checked, still correct" for their provider (sets when and who, logged). */
export async function markOwnProviderChecked({ actorId, now }: Actor & { now: Date }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [provider] = await tx
      .select({ id: providers.id, laId: providers.laId, name: providers.name })
      .from(providers)
      .where(inArray(providers.id, ownProviderIds(actorId)))
      .orderBy(asc(providers.name))
      .limit(1);
    if (!provider) return null;
    await tx.update(providers).set({ lastCheckedAt: now, lastCheckedById: actorId }).where(eq(providers.id, provider.id));
    await recordContentChange(tx, {
      laId: provider.laId,
      actorId,
      entityType: 'provider',
      entityId: provider.id,
      changes: {},
      summary: 'Checked, still correct',
      providerId: provider.id,
      entityName: provider.name,
    });
    return { id: provider.id, laId: provider.laId };
  });
}

export type OwnCourseListItem = { id: string; slug: string; title: string; status: string; lastCheckedAt: Date };

/** Provider staff: their provider's courses, A to Z. */
export async function findOwnCourses({ actorId }: Actor): Promise<OwnCourseListItem[]> {
  return db
    .select({ id: courses.id, slug: courses.slug, title: courses.title, status: courses.status, lastCheckedAt: courses.lastCheckedAt })
    .from(courses)
    .where(inArray(courses.providerId, ownProviderIds(actorId)))
    .orderBy(asc(courses.title));
}

export type OwnCourse = {
  id: string;
  laId: string;
  slug: string;
  title: string;
  status: string;
  summary: string;
  entryRequirements: string;
  isNoQualificationsNeeded: boolean;
  method: CourseDetailsInput['method'];
  durationText: string;
  cost: string;
  categoryId: string;
  level: CourseInput['level'];
  mode: CourseInput['mode'];
  ageGroup: CourseInput['ageGroup'];
  isApprenticeship: boolean;
  lastCheckedAt: Date;
  lastCheckedBy: string | null;
  runs: { id: string; startsOn: string; applyBy: string | null; places: number | null; siteName: string }[];
};

/** Why a course could not be saved although it is theirs: the field to show the message on. */
export type CourseSaveProblem = { problemField: 'categoryId' | 'siteId' };

function ownCourseWhere(actorId: string, courseId: string) {
  return and(eq(courses.id, courseId), inArray(courses.providerId, ownProviderIds(actorId)));
}

/** Provider staff: one of their provider's courses with its runs. Null when missing or another provider's. */
export async function getOwnCourse({ actorId, courseId }: Actor & { courseId: string }): Promise<OwnCourse | null> {
  const [course] = await db
    .select({
      id: courses.id,
      laId: courses.laId,
      slug: courses.slug,
      title: courses.title,
      status: courses.status,
      summary: courses.summary,
      entryRequirements: courses.entryRequirements,
      isNoQualificationsNeeded: courses.isNoQualificationsNeeded,
      method: courses.method,
      durationText: courses.durationText,
      cost: courses.cost,
      categoryId: courses.categoryId,
      level: courses.level,
      mode: courses.mode,
      ageGroup: courses.ageGroup,
      isApprenticeship: courses.isApprenticeship,
      lastCheckedAt: courses.lastCheckedAt,
      lastCheckedBy: checkedBy,
    })
    .from(courses)
    .leftJoin(users, eq(users.id, courses.lastCheckedById))
    .where(ownCourseWhere(actorId, courseId));
  if (!course) return null;
  const runs = await db
    .select({ id: courseRuns.id, startsOn: courseRuns.startsOn, applyBy: courseRuns.applyBy, places: courseRuns.places, siteName: providerSites.name })
    .from(courseRuns)
    .innerJoin(providerSites, eq(providerSites.id, courseRuns.siteId))
    .where(eq(courseRuns.courseId, course.id))
    .orderBy(asc(courseRuns.startsOn));
  return { ...course, runs };
}

/**
 * Provider staff: change any of a course's details, name, kind of work, level, mode, ages or apprenticeship
 * (live at once, logged). A saved change counts as checked now, by them. The address (slug) stays, so saved
 * links keep working. A problem when the kind of work is not one from the list; null when it is not theirs.
 */
export async function updateOwnCourse({
  actorId,
  courseId,
  input,
  now,
}: Actor & { courseId: string; input: CourseInput; now: Date }): Promise<{ slug: string } | CourseSaveProblem | null> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        id: courses.id,
        laId: courses.laId,
        providerId: courses.providerId,
        title: courses.title,
        slug: courses.slug,
        summary: courses.summary,
        entryRequirements: courses.entryRequirements,
        isNoQualificationsNeeded: courses.isNoQualificationsNeeded,
        method: courses.method,
        durationText: courses.durationText,
        cost: courses.cost,
        categoryId: courses.categoryId,
        level: courses.level,
        mode: courses.mode,
        ageGroup: courses.ageGroup,
        isApprenticeship: courses.isApprenticeship,
      })
      .from(courses)
      .where(ownCourseWhere(actorId, courseId));
    if (!before) return null;
    const changes = changedFields(before, input);
    if (Object.keys(changes).length === 0) return { slug: before.slug };
    if (changes.categoryId && !(await isKindOfWork(tx, input.categoryId))) return { problemField: 'categoryId' };
    await tx.update(courses).set({ ...input, ...checkedNow(actorId, now) }).where(eq(courses.id, before.id));
    await recordContentChange(tx, { laId: before.laId, actorId, entityType: 'course', entityId: before.id, changes, providerId: before.providerId, entityName: input.title });
    return { slug: before.slug };
  });
}

/** Provider staff: "checked, still correct" for one of their courses (sets when and who, logged). */
export async function markOwnCourseChecked({ actorId, courseId, now }: Actor & { courseId: string; now: Date }): Promise<{ slug: string } | null> {
  return db.transaction(async (tx) => {
    const [course] = await tx
      .select({ id: courses.id, laId: courses.laId, slug: courses.slug, providerId: courses.providerId, title: courses.title })
      .from(courses)
      .where(ownCourseWhere(actorId, courseId));
    if (!course) return null;
    await tx.update(courses).set({ lastCheckedAt: now, lastCheckedById: actorId }).where(eq(courses.id, course.id));
    await recordContentChange(tx, {
      laId: course.laId,
      actorId,
      entityType: 'course',
      entityId: course.id,
      changes: {},
      summary: 'Checked, still correct',
      providerId: course.providerId,
      entityName: course.title,
    });
    return { slug: course.slug };
  });
}

/**
 * Provider staff: change one run of one of their courses (start date, apply by, places). A saved change
 * counts as a check of the course, now, by them. Null when not theirs.
 */
export async function updateOwnCourseRun({ actorId, courseId, input, now }: Actor & { courseId: string; input: CourseRunInput; now: Date }): Promise<{ slug: string } | null> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        id: courseRuns.id,
        courseId: courses.id,
        laId: courses.laId,
        slug: courses.slug,
        providerId: courses.providerId,
        title: courses.title,
        startsOn: courseRuns.startsOn,
        applyBy: courseRuns.applyBy,
        places: courseRuns.places,
      })
      .from(courseRuns)
      .innerJoin(courses, eq(courses.id, courseRuns.courseId))
      .where(and(eq(courseRuns.id, input.runId), ownCourseWhere(actorId, courseId)));
    if (!before) return null;
    const after = { startsOn: input.startsOn, applyBy: input.applyBy, places: input.places };
    const changes = changedFields(before, after);
    if (Object.keys(changes).length > 0) {
      await tx.update(courseRuns).set(after).where(eq(courseRuns.id, before.id));
      await tx.update(courses).set(checkedNow(actorId, now)).where(eq(courses.id, before.courseId));
      await recordContentChange(tx, { laId: before.laId, actorId, entityType: 'course_run', entityId: before.id, changes, providerId: before.providerId, entityName: before.title });
    }
    return { slug: before.slug };
  });
}

/**
 * Provider staff: remove one start date of one of their courses. Applications belong to the course, not to
 * a start date (no table refers to course_runs), so they stay as they are. The course counts as checked
 * now, by them. Logged. Null when not theirs.
 */
export async function removeOwnCourseRun({ actorId, courseId, runId, now }: Actor & { courseId: string; runId: string; now: Date }): Promise<{ slug: string } | null> {
  return db.transaction(async (tx) => {
    const [run] = await tx
      .select({ id: courseRuns.id, courseId: courses.id, laId: courses.laId, slug: courses.slug, providerId: courses.providerId, title: courses.title, startsOn: courseRuns.startsOn })
      .from(courseRuns)
      .innerJoin(courses, eq(courses.id, courseRuns.courseId))
      .where(and(eq(courseRuns.id, runId), ownCourseWhere(actorId, courseId)));
    if (!run) return null;
    await tx.delete(courseRuns).where(eq(courseRuns.id, run.id));
    await tx.update(courses).set(checkedNow(actorId, now)).where(eq(courses.id, run.courseId));
    await recordContentChange(tx, {
      laId: run.laId,
      actorId,
      entityType: 'course_run',
      entityId: run.id,
      changes: { startsOn: { from: run.startsOn, to: null } },
      summary: `Removed a start date: ${formatDateOnly(run.startsOn)}`,
      providerId: run.providerId,
      entityName: run.title,
    });
    return { slug: run.slug };
  });
}

/**
 * Provider staff: "all my courses are still correct" in one click. Every course of each provider they work
 * for counts as checked now, by them; one line in the change log per provider (not one per course).
 * The number of courses marked; null when they work for no provider.
 */
export async function markAllOwnCoursesChecked({ actorId, now }: Actor & { now: Date }): Promise<{ count: number } | null> {
  return db.transaction(async (tx) => {
    const own = await tx
      .select({ id: providers.id, laId: providers.laId, name: providers.name })
      .from(providers)
      .where(inArray(providers.id, ownProviderIds(actorId)));
    if (own.length === 0) return null;
    let count = 0;
    for (const provider of own) {
      const marked = await tx.update(courses).set(checkedNow(actorId, now)).where(eq(courses.providerId, provider.id)).returning({ id: courses.id });
      if (marked.length === 0) continue;
      count += marked.length;
      await recordContentChange(tx, {
        laId: provider.laId,
        actorId,
        entityType: 'provider',
        entityId: provider.id,
        changes: {},
        summary: marked.length === 1 ? 'Said their only course is still correct' : `Said all ${marked.length} courses are still correct`,
        providerId: provider.id,
        entityName: provider.name,
      });
    }
    return { count };
  });
}

export type OwnOpenDays = {
  sites: { id: string; name: string }[];
  upcoming: { id: string; startsAt: Date; endsAt: Date; description: string; siteName: string | null }[];
};

/** Provider staff: their provider's sites and upcoming open days. Null when they work for no provider. */
export async function findOwnOpenDays({ actorId, now }: Actor & { now: Date }): Promise<OwnOpenDays | null> {
  const provider = await getOwnProvider({ actorId });
  if (!provider) return null;
  const [sites, upcoming] = await Promise.all([
    db.select({ id: providerSites.id, name: providerSites.name }).from(providerSites).where(eq(providerSites.providerId, provider.id)).orderBy(asc(providerSites.name)),
    db
      .select({ id: openDays.id, startsAt: openDays.startsAt, endsAt: openDays.endsAt, description: openDays.description, siteName: providerSites.name })
      .from(openDays)
      .leftJoin(providerSites, eq(providerSites.id, openDays.siteId))
      .where(and(eq(openDays.providerId, provider.id), gte(openDays.endsAt, now)))
      .orderBy(asc(openDays.startsAt)),
  ]);
  return { sites, upcoming };
}

/** Provider staff: add an open day for their provider (at one of its own sites, or none). Live at once, logged. */
export async function addOwnOpenDay({ actorId, input }: Actor & { input: OpenDayInput }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [provider] = await tx
      .select({ id: providers.id, laId: providers.laId })
      .from(providers)
      .where(inArray(providers.id, ownProviderIds(actorId)))
      .orderBy(asc(providers.name))
      .limit(1);
    if (!provider) return null;
    if (input.siteId) {
      const [site] = await tx.select({ id: providerSites.id }).from(providerSites).where(and(eq(providerSites.id, input.siteId), eq(providerSites.providerId, provider.id)));
      if (!site) return null;
    }
    const values = {
      providerId: provider.id,
      siteId: input.siteId,
      startsAt: londonMoment(input.date, input.startsAt),
      endsAt: londonMoment(input.date, input.endsAt),
      description: input.description,
    };
    const [day] = await tx.insert(openDays).values(values).returning({ id: openDays.id });
    if (!day) return null;
    await recordContentChange(tx, {
      laId: provider.laId,
      actorId,
      entityType: 'open_day',
      entityId: day.id,
      changes: { startsAt: { from: null, to: values.startsAt.toISOString() }, description: { from: null, to: input.description } },
      summary: 'Added an open day',
      providerId: provider.id,
    });
    return day;
  });
}

/** Provider staff: remove one of their provider's open days. Null when it is not theirs. Logged. */
export async function removeOwnOpenDay({ actorId, openDayId }: Actor & { openDayId: string }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [day] = await tx
      .select({ id: openDays.id, laId: providers.laId, providerId: openDays.providerId, startsAt: openDays.startsAt })
      .from(openDays)
      .innerJoin(providers, eq(providers.id, openDays.providerId))
      .where(and(eq(openDays.id, openDayId), inArray(openDays.providerId, ownProviderIds(actorId))));
    if (!day) return null;
    await tx.delete(openDays).where(eq(openDays.id, day.id));
    await recordContentChange(tx, {
      laId: day.laId,
      actorId,
      entityType: 'open_day',
      entityId: day.id,
      changes: { startsAt: { from: day.startsAt.toISOString(), to: null } },
      summary: 'Removed an open day',
      providerId: day.providerId,
    });
    return { id: day.id };
  });
}

/** Provider staff: the kinds of work a course can lead to (the national picture list), A to Z. */
export async function findKindsOfWork(): Promise<{ id: string; name: string }[]> {
  return db.select({ id: categories.id, name: categories.name }).from(categories).where(isNotNull(categories.parentId)).orderBy(asc(categories.name));
}

/** A slug for a new course that no other course in the area has: the title, then the provider, then a number. */
export async function freeCourseSlug(tx: Transaction, laId: string, title: string, providerSlug: string): Promise<string> {
  const base = slugFor(title);
  const candidates = [base, `${base}-${providerSlug}`];
  const taken = await tx
    .select({ slug: courses.slug })
    .from(courses)
    .where(and(eq(courses.laId, laId), or(eq(courses.slug, base), like(courses.slug, `${base}-%`))));
  const takenSlugs = new Set(taken.map((row) => row.slug));
  const free = candidates.find((candidate) => !takenSlugs.has(candidate));
  if (free) return free;
  for (let number = 2; ; number += 1) {
    const candidate = `${base}-${providerSlug}-${number}`;
    if (!takenSlugs.has(candidate)) return candidate;
  }
}

/**
 * Provider staff: add a new course with its first start date, at one of their own sites and in a kind of
 * work from the list. Published at once (counts as checked now) and logged. A problem when the site or kind
 * of work is not one they may use; null when they work for no provider.
 */
export async function addOwnCourse({ actorId, input, now }: Actor & { input: NewCourseInput; now: Date }): Promise<{ id: string; slug: string } | CourseSaveProblem | null> {
  return db.transaction(async (tx) => {
    const [provider] = await tx
      .select({ id: providers.id, laId: providers.laId, slug: providers.slug })
      .from(providers)
      .where(inArray(providers.id, ownProviderIds(actorId)))
      .orderBy(asc(providers.name))
      .limit(1);
    if (!provider) return null;
    if (!(await isKindOfWork(tx, input.categoryId))) return { problemField: 'categoryId' };
    const [site] = await tx.select({ id: providerSites.id }).from(providerSites).where(and(eq(providerSites.id, input.siteId), eq(providerSites.providerId, provider.id)));
    if (!site) return { problemField: 'siteId' };
    const { siteId, startsOn, applyBy, places, ...details } = input;
    const slug = await freeCourseSlug(tx, provider.laId, input.title, provider.slug);
    const [course] = await tx
      .insert(courses)
      .values({ ...details, laId: provider.laId, providerId: provider.id, slug, status: 'published', lastCheckedAt: now, lastCheckedById: actorId })
      .returning({ id: courses.id, slug: courses.slug });
    if (!course) return null;
    const [run] = await tx.insert(courseRuns).values({ courseId: course.id, siteId, startsOn, applyBy, places }).returning({ id: courseRuns.id });
    if (!run) throw new Error('The start date was not added');
    await recordContentChange(tx, {
      laId: provider.laId,
      actorId,
      entityType: 'course',
      entityId: course.id,
      changes: { title: { from: null, to: input.title } },
      summary: `Added a course: ${input.title}`,
      providerId: provider.id,
      entityName: input.title,
    });
    await recordContentChange(tx, {
      laId: provider.laId,
      actorId,
      entityType: 'course_run',
      entityId: run.id,
      changes: { startsOn: { from: null, to: startsOn } },
      summary: 'Added a start date',
      providerId: provider.id,
      entityName: input.title,
    });
    return course;
  });
}

/** Provider staff: add another start date to one of their courses, at one of their sites (counts as a check of the course). Null when not theirs. Logged. */
export async function addOwnCourseRun({ actorId, courseId, input, now }: Actor & { courseId: string; input: NewCourseRunInput; now: Date }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [course] = await tx
      .select({ id: courses.id, laId: courses.laId, providerId: courses.providerId, title: courses.title })
      .from(courses)
      .where(ownCourseWhere(actorId, courseId));
    if (!course) return null;
    const [site] = await tx.select({ id: providerSites.id }).from(providerSites).where(and(eq(providerSites.id, input.siteId), eq(providerSites.providerId, course.providerId)));
    if (!site) return null;
    const [run] = await tx.insert(courseRuns).values({ courseId: course.id, ...input }).returning({ id: courseRuns.id });
    if (!run) return null;
    await tx.update(courses).set(checkedNow(actorId, now)).where(eq(courses.id, course.id));
    await recordContentChange(tx, {
      laId: course.laId,
      actorId,
      entityType: 'course_run',
      entityId: run.id,
      changes: { startsOn: { from: null, to: input.startsOn } },
      summary: 'Added a start date',
      providerId: course.providerId,
      entityName: course.title,
    });
    return run;
  });
}

/** Provider staff: their provider's sites by name, to choose where a course starts. Null when they work for no provider. */
export async function findOwnSiteChoices({ actorId }: Actor): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: providerSites.id, name: providerSites.name })
    .from(providerSites)
    .where(inArray(providerSites.providerId, ownProviderIds(actorId)))
    .orderBy(asc(providerSites.name));
}

/** Provider staff: when the council paused the provider they work for (decision 039), or null when it is live. */
export async function findOwnProviderPause({ actorId }: Actor): Promise<Date | null> {
  const [row] = await db
    .select({ pausedAt: providers.pausedAt })
    .from(providers)
    .where(and(inArray(providers.id, ownProviderIds(actorId)), isNotNull(providers.pausedAt)))
    .limit(1);
  return row?.pausedAt ?? null;
}
