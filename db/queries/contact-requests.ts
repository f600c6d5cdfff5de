import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../client';
import { caseloads, contactRequests, courses, users, vacancies } from '../schema';
import { courseIsListed } from './live-providers';

export type ContactRequestResult = {
  adviser: { name: string | null; email: string | null } | null;
  courseTitle: string | null;
  vacancyTitle: string | null;
  youngPersonName: string | null;
};

/**
 * Young people only: "ask my adviser to contact me", optionally about one course or one live vacancy in
 * their own area. Goes to the adviser on their caseload; with none, it waits for the council's advice team
 * (adviserId null). Returns null when the actor is not a young person or the course or vacancy is not
 * theirs to see.
 */
export async function createContactRequest({
  actorId,
  courseSlug,
  vacancyId,
  message,
}: {
  actorId: string;
  courseSlug?: string;
  vacancyId?: string;
  message: string;
}): Promise<ContactRequestResult | null> {
  return db.transaction(async (tx) => {
    const [actor] = await tx
      .select({ laId: users.laId, name: users.name })
      .from(users)
      .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!actor) return null;
    let course: { id: string; title: string } | undefined;
    if (courseSlug) {
      [course] = await tx
        .select({ id: courses.id, title: courses.title })
        .from(courses)
        .where(and(eq(courses.slug, courseSlug), eq(courses.laId, actor.laId), courseIsListed()));
      if (!course) return null;
    }
    let vacancy: { id: string; title: string } | undefined;
    if (vacancyId) {
      [vacancy] = await tx
        .select({ id: vacancies.id, title: vacancies.title })
        .from(vacancies)
        .where(and(eq(vacancies.id, vacancyId), eq(vacancies.laId, actor.laId), eq(vacancies.status, 'live')));
      if (!vacancy) return null;
    }
    const [adviser] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(caseloads)
      .innerJoin(users, and(eq(users.id, caseloads.adviserId), eq(users.role, 'adviser'), eq(users.laId, actor.laId)))
      .where(eq(caseloads.youngPersonId, actorId))
      .orderBy(asc(caseloads.assignedAt))
      .limit(1);
    await tx.insert(contactRequests).values({
      youngPersonId: actorId,
      adviserId: adviser?.id ?? null,
      courseId: course?.id ?? null,
      vacancyId: vacancy?.id ?? null,
      message,
    });
    return {
      adviser: adviser ? { name: adviser.name, email: adviser.email } : null,
      courseTitle: course?.title ?? null,
      vacancyTitle: vacancy?.title ?? null,
      youngPersonName: actor.name,
    };
  });
}
