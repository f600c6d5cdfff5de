import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { ApplicationStatus } from '@/lib/applications/status';
import { db } from '../client';
import { applications, courses, providers, type SentProfile, users, youngPeople } from '../schema';

/**
 * Test mode only (the route refuses otherwise): sent applications at the given statuses for a young person
 * found by phone, one per course of their own area, and their date of birth when given. An e2e test can then
 * start where an adviser or a council comes in, without a provider walking each one through.
 */
export async function createTestApplications({
  phone,
  statuses,
  dateOfBirth,
}: {
  phone: string;
  statuses: ApplicationStatus[];
  dateOfBirth?: string;
}): Promise<{ youngPersonId: string; applications: { id: string; title: string; providerSlug: string }[] } | null> {
  const [person] = await db
    .select({ id: users.id, laId: users.laId, name: users.name, phone: users.phone })
    .from(users)
    .where(and(eq(users.phone, phone), eq(users.role, 'young_person')));
  if (!person) return null;
  if (dateOfBirth) {
    await db
      .insert(youngPeople)
      .values({ userId: person.id, dateOfBirth })
      .onConflictDoUpdate({ target: youngPeople.userId, set: { dateOfBirth } });
  }
  const targets = await db
    .select({ id: courses.id, title: courses.title, providerName: providers.name, providerSlug: providers.slug })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(eq(courses.laId, person.laId))
    .orderBy(asc(courses.title))
    .limit(statuses.length);
  const made: { id: string; title: string; providerSlug: string }[] = [];
  // What a real application carries: the profile as it was sent (name and mobile; the rest left empty).
  const sentProfile: SentProfile = {
    name: person.name ?? '',
    phone: person.phone,
    email: null,
    dateOfBirth: dateOfBirth ?? null,
    school: '',
    qualifications: '',
    needsSupport: null,
    supportNeeds: '',
    adjustments: '',
    personalStatement: '',
    personalStatementMediaId: null,
  };
  for (const [index, status] of statuses.entries()) {
    const target = targets[index];
    if (!target) break;
    const [row] = await db
      .insert(applications)
      .values({
        laId: person.laId,
        youngPersonId: person.id,
        courseId: target.id,
        status,
        submittedAt: status === 'draft' ? null : new Date(),
        sentProfile: status === 'draft' ? null : sentProfile,
      })
      .returning({ id: applications.id });
    if (row) made.push({ id: row.id, title: `${target.title} at ${target.providerName}`, providerSlug: target.providerSlug });
  }
  return { youngPersonId: person.id, applications: made };
}
