import 'server-only';
import { and, asc, count, eq, exists, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { approveRefusal, canSendBack, turnDownRefusal, type EmployerStatus } from '@/lib/manage/moderation';
import { db } from '../client';
import { laOfAdmin } from './admin-area';
import { categories, employers, memberships, providers, users, vacancies } from '../schema';
import { recordContentChange } from './content-changes';

// The council's review of new employers and of vacancies that wait (from an unapproved employer, or with
// flagged wording). Only an LA admin, and only for their own area: another area's record looks missing.
// An admin approves or turns down a new employer (only while it is pending), and approves or sends back a
// waiting vacancy (decision 040). Every decision is logged in the content change log.

type Actor = { actorId: string };


export type PendingEmployer = { id: string; name: string; postcode: string; waitingVacancies: number };
export type WaitingVacancy = { id: string; title: string; employerName: string; isEmployerApproved: boolean; flaggedWords: string[] };
export type SentBackVacancy = { id: string; title: string; employerName: string };
export type ReviewQueue = { employers: PendingEmployer[]; vacancies: WaitingVacancy[]; sentBack: SentBackVacancy[] };

/**
 * A sign-up whose member of staff has proved their email or mobile with a sign-in code. Until then the
 * employer stays out of the queue: anyone could type someone else's email into the sign-up form.
 */
function hasProvedStaff() {
  return exists(
    db
      .select({ one: sql`1` })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.employerId, employers.id), or(isNotNull(users.emailVerified), isNotNull(users.phoneVerified)))),
  );
}

/** A vacancy of a turned-down employer leaves the queue; a provider's vacancy (no employer) stays. */
function notTurnedDown() {
  return or(isNull(employers.id), ne(employers.status, 'rejected'))!;
}

/** LA admins: employers waiting for approval and vacancies waiting for review in their area. */
export async function findReviewQueue({ actorId }: Actor): Promise<ReviewQueue | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [pending, waiting, sentBack] = await Promise.all([
    db
      .select({ id: employers.id, name: employers.name, postcode: employers.postcode, waitingVacancies: count(vacancies.id) })
      .from(employers)
      .leftJoin(vacancies, eq(vacancies.employerId, employers.id))
      .where(and(eq(employers.laId, laId), eq(employers.status, 'pending'), hasProvedStaff()))
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
      .where(and(eq(vacancies.laId, laId), eq(vacancies.reviewStatus, 'waiting'), isNull(vacancies.sentBackReason), notTurnedDown()))
      .orderBy(asc(vacancies.createdAt)),
    db
      .select({ id: vacancies.id, title: vacancies.title, employerName: sql<string>`coalesce(${employers.name}, ${providers.name})` })
      .from(vacancies)
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .leftJoin(providers, eq(providers.id, vacancies.providerId))
      .where(and(eq(vacancies.laId, laId), eq(vacancies.reviewStatus, 'waiting'), isNotNull(vacancies.sentBackReason), notTurnedDown()))
      .orderBy(asc(vacancies.updatedAt)),
  ]);
  return {
    employers: pending.map((row) => ({ ...row, waitingVacancies: Number(row.waitingVacancies) })),
    vacancies: waiting.map(({ employerStatus, ...row }) => ({ ...row, isEmployerApproved: employerStatus === null || employerStatus === 'approved' })),
    sentBack,
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
  sentBackReason: string | null;
  /** The employer's or the provider's name. */
  offeredBy: string;
  /** Null for a provider's vacancy (providers need no approval). */
  employer: { id: string; name: string; status: EmployerStatus } | null;
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
      sentBackReason: vacancies.sentBackReason,
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

export type DecisionResult = { id: string } | { id: string; problem: string };

/**
 * LA admins: approve a new (pending) employer in their area. Its vacancies that waited only for this (nothing
 * flagged, not sent back) go live. A suspended or turned-down employer is refused with a problem to show
 * (a suspended one is restored from its own page: setEmployerSuspended). Null when missing or in another area. Logged.
 */
export async function approveEmployer({ actorId, employerId, now }: Actor & { employerId: string; now: Date }): Promise<DecisionResult | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [employer] = await tx
      .select({ id: employers.id, status: employers.status })
      .from(employers)
      .where(and(eq(employers.id, employerId), eq(employers.laId, laId)))
      .for('update');
    if (!employer) return null;
    const problem = approveRefusal(employer.status);
    if (problem) return { id: employer.id, problem };
    await tx.update(employers).set({ status: 'approved', lastCheckedAt: now, lastCheckedById: actorId }).where(eq(employers.id, employer.id));
    const released = await tx
      .update(vacancies)
      .set({ reviewStatus: 'approved' })
      .where(
        and(
          eq(vacancies.employerId, employer.id),
          eq(vacancies.reviewStatus, 'waiting'),
          isNull(vacancies.sentBackReason),
          sql`cardinality(${vacancies.flaggedWords}) = 0`,
        ),
      )
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
    await tx.update(vacancies).set({ reviewStatus: 'approved', sentBackReason: null }).where(eq(vacancies.id, vacancy.id));
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

export type EmployerForReview = {
  id: string;
  name: string;
  postcode: string;
  status: EmployerStatus;
  turnedDownReason: string | null;
  staff: { name: string | null; email: string | null; hasProved: boolean }[];
  vacancies: { id: string; title: string }[];
};

/** LA admins: one employer in their own area, to approve or turn down. Null when missing or in another area. */
export async function getEmployerForReview({ actorId, employerId }: Actor & { employerId: string }): Promise<EmployerForReview | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [employer] = await db
    .select({ id: employers.id, name: employers.name, postcode: employers.postcode, status: employers.status, turnedDownReason: employers.turnedDownReason })
    .from(employers)
    .where(and(eq(employers.id, employerId), eq(employers.laId, laId)));
  if (!employer) return null;
  const [staff, own] = await Promise.all([
    db
      .select({ name: users.name, email: users.email, emailVerified: users.emailVerified, phoneVerified: users.phoneVerified })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.employerId, employer.id))
      .orderBy(asc(users.name)),
    db
      .select({ id: vacancies.id, title: vacancies.title })
      .from(vacancies)
      .where(and(eq(vacancies.employerId, employer.id), eq(vacancies.laId, laId)))
      .orderBy(asc(vacancies.createdAt)),
  ]);
  return {
    ...employer,
    staff: staff.map(({ emailVerified, phoneVerified, ...person }) => ({ ...person, hasProved: emailVerified !== null || phoneVerified !== null })),
    vacancies: own,
  };
}

/**
 * LA admins: turn down a new (pending) employer in their area, with a reason its staff see when they sign
 * in. They cannot post, and its vacancies stay hidden. Refused (with a problem) from any other status. Logged.
 */
export async function turnDownEmployer({ actorId, employerId, reason, now }: Actor & { employerId: string; reason: string; now: Date }): Promise<DecisionResult | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [employer] = await tx
      .select({ id: employers.id, name: employers.name, status: employers.status })
      .from(employers)
      .where(and(eq(employers.id, employerId), eq(employers.laId, laId)))
      .for('update');
    if (!employer) return null;
    const problem = turnDownRefusal(employer.status);
    if (problem) return { id: employer.id, problem };
    await tx
      .update(employers)
      .set({ status: 'rejected', turnedDownReason: reason, lastCheckedAt: now, lastCheckedById: actorId })
      .where(eq(employers.id, employer.id));
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'employer',
      entityId: employer.id,
      changes: { status: { from: employer.status, to: 'rejected' }, turnedDownReason: { from: null, to: reason } },
      summary: `Turned down ${employer.name}: ${reason}`,
    });
    return { id: employer.id };
  });
}

/**
 * LA admins: send a waiting vacancy in their area back to its employer for changes, with a reason they see.
 * It leaves the review queue (still hidden from young people) until the employer saves a change, when it
 * waits for review again. Refused (with a problem) unless it waits and was not sent back already. Logged.
 */
export async function sendBackVacancy({ actorId, vacancyId, reason }: Actor & { vacancyId: string; reason: string }): Promise<DecisionResult | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [vacancy] = await tx
      .select({ id: vacancies.id, reviewStatus: vacancies.reviewStatus, sentBackReason: vacancies.sentBackReason })
      .from(vacancies)
      // An employer's or a provider's vacancy: either is in the vacancy's own area.
      .where(and(eq(vacancies.id, vacancyId), eq(vacancies.laId, laId)))
      .for('update');
    if (!vacancy) return null;
    if (!canSendBack(vacancy.reviewStatus, vacancy.sentBackReason)) {
      return { id: vacancy.id, problem: 'This vacancy is not waiting for a check, or was sent back already.' };
    }
    await tx.update(vacancies).set({ sentBackReason: reason }).where(eq(vacancies.id, vacancy.id));
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'vacancy',
      entityId: vacancy.id,
      changes: { sentBackReason: { from: null, to: reason } },
      summary: `Sent back for changes: ${reason}`,
    });
    return { id: vacancy.id };
  });
}
