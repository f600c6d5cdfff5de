import 'server-only';
import { and, asc, count, eq, isNotNull, or, sql } from 'drizzle-orm';
import { db } from '../client';
import { laOfAdmin } from './admin-area';
import { categories, employers, providers, vacancies } from '../schema';
import { recordContentChange } from './content-changes';

// The council's review of new employers and of vacancies that wait (from an unapproved employer, or with
// flagged wording). Only an LA admin, and only for their own area: another area's record looks missing.

type Actor = { actorId: string };


export type PendingEmployer = { id: string; name: string; postcode: string; waitingVacancies: number };
export type WaitingVacancy = { id: string; title: string; employerName: string; isEmployerApproved: boolean; flaggedWords: string[] };
export type ReviewQueue = { employers: PendingEmployer[]; vacancies: WaitingVacancy[] };

/** LA admins: employers waiting for approval and vacancies waiting for review in their area. */
export async function findReviewQueue({ actorId }: Actor): Promise<ReviewQueue | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [pending, waiting] = await Promise.all([
    db
      .select({ id: employers.id, name: employers.name, postcode: employers.postcode, waitingVacancies: count(vacancies.id) })
      .from(employers)
      .leftJoin(vacancies, eq(vacancies.employerId, employers.id))
      .where(and(eq(employers.laId, laId), eq(employers.status, 'pending')))
      .groupBy(employers.id)
      .orderBy(asc(employers.name)),
    db
      .select({
        id: vacancies.id,
        title: vacancies.title,
        // A provider's vacancy waits only for flagged words: the provider's name stands in for the employer's.
        employerName: sql<string>`coalesce(${employers.name}, ${providers.name})`,
        employerStatus: employers.status,
        flaggedWords: vacancies.flaggedWords,
      })
      .from(vacancies)
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .leftJoin(providers, eq(providers.id, vacancies.providerId))
      .where(and(eq(vacancies.laId, laId), eq(vacancies.reviewStatus, 'waiting')))
      .orderBy(asc(vacancies.createdAt)),
  ]);
  return {
    employers: pending.map((row) => ({ ...row, waitingVacancies: Number(row.waitingVacancies) })),
    vacancies: waiting.map(({ employerStatus, ...row }) => ({ ...row, isEmployerApproved: employerStatus === null || employerStatus === 'approved' })),
  };
}

export type VacancyForReview = {
  id: string;
  title: string;
  summary: string;
  whatYoullDo: string;
  kindOfWork: string;
  closesOn: string | null;
  reviewStatus: 'not_needed' | 'waiting' | 'approved';
  flaggedWords: string[];
  /** The employer's or the provider's name. */
  offeredBy: string;
  /** Null for a provider's vacancy (providers need no approval). */
  employer: { id: string; name: string; status: 'pending' | 'approved' | 'rejected' | 'suspended' } | null;
};

/** LA admins: one employer's or provider's vacancy in their own area, to review. Null when missing or in another area. */
export async function getVacancyForReview({ actorId, vacancyId }: Actor & { vacancyId: string }): Promise<VacancyForReview | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [row] = await db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      summary: vacancies.summary,
      whatYoullDo: vacancies.whatYoullDo,
      kindOfWork: categories.name,
      closesOn: vacancies.closesOn,
      reviewStatus: vacancies.reviewStatus,
      flaggedWords: vacancies.flaggedWords,
      employerId: employers.id,
      employerName: employers.name,
      employerStatus: employers.status,
      providerName: providers.name,
    })
    .from(vacancies)
    .leftJoin(employers, and(eq(employers.id, vacancies.employerId), eq(employers.laId, laId)))
    .leftJoin(providers, and(eq(providers.id, vacancies.providerId), eq(providers.laId, laId)))
    .innerJoin(categories, eq(categories.id, vacancies.categoryId))
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.laId, laId), or(isNotNull(employers.id), isNotNull(providers.id))));
  if (!row) return null;
  const { employerId, employerName, employerStatus, providerName, ...vacancy } = row;
  const employer = employerId && employerName && employerStatus ? { id: employerId, name: employerName, status: employerStatus } : null;
  return { ...vacancy, offeredBy: employer?.name ?? providerName ?? '', employer };
}

/**
 * LA admins: approve an employer in their area. Its vacancies that waited only for this (nothing flagged)
 * go live. Null when missing or in another area. Logged.
 */
export async function approveEmployer({ actorId, employerId, now }: Actor & { employerId: string; now: Date }): Promise<{ id: string } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [employer] = await tx
      .select({ id: employers.id, status: employers.status })
      .from(employers)
      .where(and(eq(employers.id, employerId), eq(employers.laId, laId)));
    if (!employer) return null;
    await tx.update(employers).set({ status: 'approved', lastCheckedAt: now, lastCheckedById: actorId }).where(eq(employers.id, employer.id));
    const released = await tx
      .update(vacancies)
      .set({ reviewStatus: 'approved' })
      .where(and(eq(vacancies.employerId, employer.id), eq(vacancies.reviewStatus, 'waiting'), sql`cardinality(${vacancies.flaggedWords}) = 0`))
      .returning({ id: vacancies.id });
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'employer',
      entityId: employer.id,
      changes: { status: { from: employer.status, to: 'approved' } },
      summary: `Approved the employer (${released.length} waiting vacancies now live)`,
    });
    return { id: employer.id };
  });
}

/** LA admins: approve one waiting vacancy in their area (it goes live). Null when missing or elsewhere. Logged. */
export async function approveVacancy({ actorId, vacancyId }: Actor & { vacancyId: string }): Promise<{ id: string } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [vacancy] = await tx
      .select({ id: vacancies.id, reviewStatus: vacancies.reviewStatus })
      .from(vacancies)
      .where(and(eq(vacancies.id, vacancyId), eq(vacancies.laId, laId)));
    if (!vacancy) return null;
    await tx.update(vacancies).set({ reviewStatus: 'approved' }).where(eq(vacancies.id, vacancy.id));
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'vacancy',
      entityId: vacancy.id,
      changes: { reviewStatus: { from: vacancy.reviewStatus, to: 'approved' } },
      summary: 'Approved by the council',
    });
    return { id: vacancy.id };
  });
}
