import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '../client';
import { courses, providers, savedItems, users } from '../schema';

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
      .where(and(eq(courses.slug, courseSlug), eq(courses.status, 'published')));
    if (!course) return false;
    if (isSaved) {
      await tx.insert(savedItems).values({ userId: actorId, courseId: course.id }).onConflictDoNothing();
    } else {
      await tx.delete(savedItems).where(and(eq(savedItems.userId, actorId), eq(savedItems.courseId, course.id)));
    }
    return true;
  });
}

export type SavedCourse = { slug: string; title: string; providerName: string };

/** Young people only: the actor's own saved courses, newest first. */
export async function findSavedCourses({ actorId }: { actorId: string }): Promise<SavedCourse[]> {
  return db
    .select({ slug: courses.slug, title: courses.title, providerName: providers.name })
    .from(savedItems)
    .innerJoin(courses, eq(courses.id, savedItems.courseId))
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(eq(savedItems.userId, actorId))
    .orderBy(desc(savedItems.createdAt));
}
