import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { type FreshnessRules, visibleSince } from '@/lib/freshness/rules';
import type { MediaKind } from '@/lib/media/rules';
import type { StoryInput, StorySubject } from '@/lib/stories/schemas';
import { db } from '../client';
import { ownerProviderIsLive } from './live-providers';
import { courses, mediaAssets, providers, stories, users } from '../schema';
import { recordContentChange } from './content-changes';
import { ownProviderIds } from './provider-content';

// Young people's stories, told in their own voice. Provider staff add them for their own provider or its
// courses; council staff (la_admin) add them for kinds of work in Explore and may remove any story in
// their area. Everyone can see and hear them, like the rest of the prospectus, but only in the story's area.

type Actor = { actorId: string };


export type StoryClip = { kind: MediaKind; contentType: string; durationMs: number | null };

export type PublicStory = {
  id: string;
  tellerName: string;
  tellerAge: number | null;
  transcript: string;
  hasCaptions: boolean;
  /** The course title for a course story; null for a story about the provider or a kind of work. */
  courseTitle: string | null;
  clip: StoryClip;
};

const publicColumns = {
  id: stories.id,
  tellerName: stories.tellerName,
  tellerAge: stories.tellerAge,
  transcript: stories.transcript,
  captions: stories.captions,
  courseTitle: courses.title,
  kind: mediaAssets.kind,
  contentType: mediaAssets.contentType,
  durationMs: mediaAssets.durationMs,
};

type PublicRow = {
  id: string;
  tellerName: string;
  tellerAge: number | null;
  transcript: string;
  captions: string | null;
  courseTitle: string | null;
  kind: MediaKind;
  contentType: string;
  durationMs: number | null;
};

function toPublic(row: PublicRow): PublicStory {
  return {
    id: row.id,
    tellerName: row.tellerName,
    tellerAge: row.tellerAge,
    transcript: row.transcript,
    hasCaptions: row.captions !== null,
    courseTitle: row.courseTitle,
    clip: { kind: row.kind, contentType: row.contentType, durationMs: row.durationMs },
  };
}

function publicStories() {
  return db
    .select(publicColumns)
    .from(stories)
    .innerJoin(mediaAssets, eq(mediaAssets.id, stories.mediaId))
    .leftJoin(courses, eq(courses.id, stories.courseId));
}

/** A course page's insider stories: the course's own first, then ones about its provider. */
export async function findCourseStories({ laId, courseId, providerId }: { laId: string; courseId: string; providerId: string }): Promise<PublicStory[]> {
  const rows = await publicStories()
    .where(
      and(
        eq(stories.laId, laId),
        eq(stories.providerId, providerId),
        or(eq(stories.courseId, courseId), isNull(stories.courseId)),
      ),
    )
    .orderBy(asc(stories.courseId), desc(stories.createdAt))
    .limit(3);
  // Course stories sort before provider stories (nulls last in ascending order).
  return rows.map(toPublic);
}

/**
 * A provider page's stories, about the provider or any of its courses that young people may see (not a
 * draft, withdrawn or stale course), newest first.
 */
export async function findProviderStories({
  laId,
  providerId,
  now,
  rules,
}: {
  laId: string;
  providerId: string;
  now: Date;
  rules: FreshnessRules;
}): Promise<PublicStory[]> {
  const courseIsVisible = and(eq(courses.status, 'published'), gte(courses.lastCheckedAt, visibleSince(now, rules)));
  const rows = await publicStories()
    .where(and(eq(stories.laId, laId), eq(stories.providerId, providerId), or(isNull(stories.courseId), courseIsVisible)))
    .orderBy(desc(stories.createdAt))
    .limit(6);
  return rows.map(toPublic);
}

/** A job profile's recorded story in this area, newest first, or null (the written example is shown instead). */
export async function findKindOfWorkStory({ laId, slug }: { laId: string; slug: string }): Promise<PublicStory | null> {
  const [row] = await publicStories()
    .where(and(eq(stories.laId, laId), eq(stories.kindOfWork, slug)))
    .orderBy(desc(stories.createdAt))
    .limit(1);
  return row ? toPublic(row) : null;
}

/** The clip of a story in this area, for the public media route; null for any other story. */
export async function getPublicStoryMedia({ laId, storyId }: { laId: string; storyId: string }) {
  const [row] = await db
    .select({ storageKey: mediaAssets.storageKey, contentType: mediaAssets.contentType, kind: mediaAssets.kind })
    .from(stories)
    .innerJoin(mediaAssets, eq(mediaAssets.id, stories.mediaId))
    .where(and(eq(stories.id, storyId), eq(stories.laId, laId), ownerProviderIsLive(stories.providerId)));
  return row ?? null;
}

/** The WebVTT captions of a story in this area, or null. */
export async function getPublicStoryCaptions({ laId, storyId }: { laId: string; storyId: string }): Promise<string | null> {
  const [row] = await db
    .select({ captions: stories.captions })
    .from(stories)
    .where(and(eq(stories.id, storyId), eq(stories.laId, laId), ownerProviderIsLive(stories.providerId)));
  return row?.captions ?? null;
}

export type ManagedStory = {
  id: string;
  tellerName: string;
  transcript: string;
  /** What it is about, in words: "Calder Valley College", a course title, or a kind-of-work slug. */
  courseTitle: string | null;
  kindOfWork: string | null;
  hasCaptions: boolean;
  clipKind: MediaKind;
  createdAt: Date;
};

const managedColumns = {
  id: stories.id,
  tellerName: stories.tellerName,
  transcript: stories.transcript,
  courseTitle: courses.title,
  kindOfWork: stories.kindOfWork,
  captions: stories.captions,
  clipKind: mediaAssets.kind,
  createdAt: stories.createdAt,
};

function toManaged({ captions, ...row }: Omit<ManagedStory, 'hasCaptions'> & { captions: string | null }): ManagedStory {
  return { ...row, hasCaptions: captions !== null };
}

/** Provider staff: their provider's stories, newest first. */
export async function listOwnProviderStories({ actorId }: Actor): Promise<ManagedStory[]> {
  const rows = await db
    .select(managedColumns)
    .from(stories)
    .innerJoin(mediaAssets, eq(mediaAssets.id, stories.mediaId))
    .leftJoin(courses, eq(courses.id, stories.courseId))
    .where(inArray(stories.providerId, ownProviderIds(actorId)))
    .orderBy(desc(stories.createdAt));
  return rows.map(toManaged);
}

/** Council staff: their area's stories for kinds of work, newest first. */
export async function listAreaWorkStories({ actorId }: Actor): Promise<ManagedStory[]> {
  const rows = await db
    .select(managedColumns)
    .from(stories)
    .innerJoin(mediaAssets, eq(mediaAssets.id, stories.mediaId))
    .innerJoin(users, and(eq(users.id, actorId), eq(users.role, 'la_admin'), eq(users.laId, stories.laId)))
    .leftJoin(courses, eq(courses.id, stories.courseId))
    .where(isNotNull(stories.kindOfWork))
    .orderBy(asc(stories.kindOfWork), desc(stories.createdAt));
  return rows.map(toManaged);
}

/** Provider staff: courses they may attach a story to (their own provider's), by title. */
export async function listOwnCoursesForStories({ actorId }: Actor): Promise<{ id: string; title: string }[]> {
  return db
    .select({ id: courses.id, title: courses.title })
    .from(courses)
    .where(inArray(courses.providerId, ownProviderIds(actorId)))
    .orderBy(asc(courses.title));
}

type NewStoryFields = { input: StoryInput; mediaId: string; captions: string | null };

/**
 * Adds a story. Provider staff: about their own provider or one of its courses. Council staff: about a kind
 * of work, in their own area. The clip must be the actor's own upload. Null when any of that is not so.
 */
export async function addStory({
  actorId,
  subject,
  input,
  mediaId,
  captions,
}: Actor & NewStoryFields & { subject: StorySubject }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [actor] = await tx.select({ id: users.id, role: users.role, laId: users.laId }).from(users).where(eq(users.id, actorId));
    const [clip] = await tx
      .select({ id: mediaAssets.id })
      .from(mediaAssets)
      .where(and(eq(mediaAssets.id, mediaId), eq(mediaAssets.ownerId, actorId), inArray(mediaAssets.kind, ['audio', 'video'])));
    if (!actor?.laId || !clip) return null;

    let target: { laId: string; providerId: string | null; courseId: string | null; kindOfWork: string | null } | null = null;
    if (subject.kind === 'work' && actor.role === 'la_admin') {
      target = { laId: actor.laId, providerId: null, courseId: null, kindOfWork: subject.slug };
    } else if (subject.kind === 'provider' && actor.role === 'provider_staff') {
      const [provider] = await tx
        .select({ id: providers.id, laId: providers.laId })
        .from(providers)
        .where(inArray(providers.id, ownProviderIds(actorId)))
        .orderBy(asc(providers.name))
        .limit(1);
      if (provider) target = { laId: provider.laId, providerId: provider.id, courseId: null, kindOfWork: null };
    } else if (subject.kind === 'course' && actor.role === 'provider_staff') {
      const [course] = await tx
        .select({ id: courses.id, laId: courses.laId, providerId: courses.providerId })
        .from(courses)
        .where(and(eq(courses.id, subject.courseId), inArray(courses.providerId, ownProviderIds(actorId))));
      if (course) target = { laId: course.laId, providerId: course.providerId, courseId: course.id, kindOfWork: null };
    }
    if (!target) return null;

    const [row] = await tx
      .insert(stories)
      .values({
        ...target,
        mediaId,
        tellerName: input.tellerName,
        tellerAge: input.tellerAge,
        transcript: input.transcript,
        captions,
        createdById: actorId,
      })
      .returning({ id: stories.id });
    if (!row) return null;
    await recordContentChange(tx, {
      laId: target.laId,
      actorId,
      entityType: 'story',
      entityId: row.id,
      changes: {},
      summary: `Added ${input.tellerName}’s story`,
    });
    return row;
  });
}

/**
 * Removes a story and its clip record, returning the clip's storage key so the caller deletes the bytes.
 * Provider staff: their own provider's stories. Council staff: any story in their area. Null otherwise.
 */
export async function removeStory({ actorId, storyId }: Actor & { storyId: string }): Promise<{ storageKey: string } | null> {
  return db.transaction(async (tx) => {
    const [actor] = await tx.select({ role: users.role, laId: users.laId }).from(users).where(eq(users.id, actorId));
    if (!actor?.laId) return null;
    const mayRemove =
      actor.role === 'la_admin'
        ? eq(stories.laId, actor.laId)
        : actor.role === 'provider_staff'
          ? inArray(stories.providerId, ownProviderIds(actorId))
          : null;
    if (!mayRemove) return null;
    const [story] = await tx
      .select({ id: stories.id, laId: stories.laId, mediaId: stories.mediaId, tellerName: stories.tellerName })
      .from(stories)
      .where(and(eq(stories.id, storyId), mayRemove));
    if (!story) return null;
    // Deleting the clip deletes the story with it (the foreign key cascades).
    const [clip] = await tx.delete(mediaAssets).where(eq(mediaAssets.id, story.mediaId)).returning({ storageKey: mediaAssets.storageKey });
    await recordContentChange(tx, {
      laId: story.laId,
      actorId,
      entityType: 'story',
      entityId: story.id,
      changes: {},
      summary: `Removed ${story.tellerName}’s story`,
    });
    return clip ? { storageKey: clip.storageKey } : null;
  });
}
