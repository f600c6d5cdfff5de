import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Point } from '@/lib/geo/places';
import { changedFields } from '@/lib/manage/changes';
import { storedVacancyFields, type VacancyInput } from '@/lib/vacancies/posting';
import { nextVacancyStatus, type VacancyEvent, type VacancyStatus } from '@/lib/vacancies/status';
import { flagWording } from '@/lib/vacancies/wording';
import type { Transaction } from '../client';
import { db } from '../client';
import { applicationQuestions, categories, employers, memberships, users, vacancies } from '../schema';
import { recordContentChange } from './content-changes';

// Employer staff post and look after their own employer's vacancies. Every query takes the actor and reaches
// only the employers they are a member of: another employer's vacancy looks exactly like a missing one.
// A vacancy from an employer the council has not approved, or with flagged wording, waits for review.

type Actor = { actorId: string };

/** The employer ids this member of staff works for (employer_staff only): the scope of every employer-staff query. */
export function ownEmployerIds(actorId: string) {
  return db
    .select({ id: memberships.employerId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, actorId), eq(users.role, 'employer_staff'), isNotNull(memberships.employerId)));
}

export type OwnEmployer = { id: string; laId: string; name: string; status: 'pending' | 'approved' | 'rejected' | 'suspended' };

/** Employer staff: the employer they work for, or null. */
export async function getOwnEmployer({ actorId }: Actor): Promise<OwnEmployer | null> {
  const [row] = await db
    .select({ id: employers.id, laId: employers.laId, name: employers.name, status: employers.status })
    .from(employers)
    .where(inArray(employers.id, ownEmployerIds(actorId)))
    .orderBy(asc(employers.name))
    .limit(1);
  return row ?? null;
}

export type OwnVacancyListItem = {
  id: string;
  title: string;
  status: VacancyStatus;
  reviewStatus: 'not_needed' | 'waiting' | 'approved';
  closesOn: string | null;
  lastCheckedAt: Date;
};

/** Employer staff: their employer's vacancies, newest first. */
export async function findOwnVacancies({ actorId }: Actor): Promise<OwnVacancyListItem[]> {
  return db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      status: vacancies.status,
      reviewStatus: vacancies.reviewStatus,
      closesOn: vacancies.closesOn,
      lastCheckedAt: vacancies.lastCheckedAt,
    })
    .from(vacancies)
    .where(inArray(vacancies.employerId, ownEmployerIds(actorId)))
    .orderBy(desc(vacancies.createdAt));
}

export type KindOfWorkChoice = { id: string; name: string; imagePath: string };
export type AreaOfWorkChoices = { name: string; kinds: KindOfWorkChoice[] };

/** Public (the national picture list): kinds of work grouped by area of work, to choose a vacancy's category. */
export async function findKindsOfWorkToChoose(): Promise<AreaOfWorkChoices[]> {
  const areas = alias(categories, 'areas');
  const rows = await db
    .select({ areaName: areas.name, id: categories.id, name: categories.name, imagePath: categories.imagePath })
    .from(categories)
    .innerJoin(areas, eq(areas.id, categories.parentId))
    .orderBy(asc(areas.position), asc(areas.name), asc(categories.position), asc(categories.name));
  const grouped: AreaOfWorkChoices[] = [];
  for (const row of rows) {
    const last = grouped.at(-1);
    const kind = { id: row.id, name: row.name, imagePath: row.imagePath };
    if (last?.name === row.areaName) last.kinds.push(kind);
    else grouped.push({ name: row.areaName, kinds: [kind] });
  }
  return grouped;
}

/** The columns the vacancy form (and the CSV import) edits, for reading a vacancy back to compare. */
export const editableColumns = {
  title: vacancies.title,
  type: vacancies.type,
  categoryId: vacancies.categoryId,
  summary: vacancies.summary,
  whatYoullDo: vacancies.whatYoullDo,
  wagePence: vacancies.wagePence,
  wageUnit: vacancies.wageUnit,
  isMinimumWageForAge: vacancies.isMinimumWageForAge,
  hoursPerWeek: vacancies.hoursPerWeek,
  hoursType: vacancies.hoursType,
  postcode: vacancies.postcode,
  town: vacancies.town,
  closesOn: vacancies.closesOn,
  places: vacancies.places,
  isNoExperienceNeeded: vacancies.isNoExperienceNeeded,
  isNoQualificationsNeeded: vacancies.isNoQualificationsNeeded,
  acceptsVoiceAndVideo: vacancies.acceptsVoiceAndVideo,
};

export type OwnVacancy = {
  id: string;
  laId: string;
  status: VacancyStatus;
  reviewStatus: 'not_needed' | 'waiting' | 'approved';
  flaggedWords: string[];
  lastCheckedAt: Date;
  questions: string[];
} & {
  title: string;
  type: VacancyInput['type'];
  categoryId: string;
  summary: string;
  whatYoullDo: string;
  wagePence: number | null;
  wageUnit: 'hour' | 'week' | 'year' | 'unpaid' | 'allowance';
  isMinimumWageForAge: boolean;
  hoursPerWeek: string | null;
  hoursType: 'full_time' | 'part_time';
  postcode: string;
  town: string;
  closesOn: string | null;
  places: number | null;
  isNoExperienceNeeded: boolean;
  isNoQualificationsNeeded: boolean;
  acceptsVoiceAndVideo: boolean;
};

function ownVacancyWhere(actorId: string, vacancyId: string) {
  return and(eq(vacancies.id, vacancyId), inArray(vacancies.employerId, ownEmployerIds(actorId)));
}

async function questionsOf(tx: Transaction | typeof db, vacancyId: string): Promise<{ id: string; prompt: string }[]> {
  return tx
    .select({ id: applicationQuestions.id, prompt: applicationQuestions.prompt })
    .from(applicationQuestions)
    .where(eq(applicationQuestions.vacancyId, vacancyId))
    .orderBy(asc(applicationQuestions.position), asc(applicationQuestions.createdAt));
}

/** Employer staff: one of their employer's vacancies, with its questions. Null when missing or someone else's. */
export async function getOwnVacancy({ actorId, vacancyId }: Actor & { vacancyId: string }): Promise<OwnVacancy | null> {
  const [row] = await db
    .select({
      id: vacancies.id,
      laId: vacancies.laId,
      status: vacancies.status,
      reviewStatus: vacancies.reviewStatus,
      flaggedWords: vacancies.flaggedWords,
      lastCheckedAt: vacancies.lastCheckedAt,
      ...editableColumns,
    })
    .from(vacancies)
    .where(ownVacancyWhere(actorId, vacancyId));
  if (!row) return null;
  const questions = await questionsOf(db, row.id);
  return { ...row, questions: questions.map((question) => question.prompt) };
}

/** The columns written from the form, with the workplace's place on the map. */
function columnsFrom(input: VacancyInput, point: Point) {
  return { ...storedVacancyFields(input), latitude: point.latitude, longitude: point.longitude };
}

/** New or changed vacancies wait for the council when the employer is not approved or the wording is flagged. */
function reviewFor(employerStatus: OwnEmployer['status'], input: VacancyInput) {
  const flaggedWords = flagWording(input.title, input.summary, input.whatYoullDo, ...input.questions);
  const reviewStatus = employerStatus !== 'approved' || flaggedWords.length > 0 ? ('waiting' as const) : ('not_needed' as const);
  return { reviewStatus, flaggedWords };
}

/** Keeps the questions in order: changes prompts in place (answers stay with them), adds new ones, removes extra ones. */
async function saveQuestions(tx: Transaction, vacancyId: string, prompts: string[], isVoiceOrVideoAllowed: boolean) {
  const existing = await questionsOf(tx, vacancyId);
  for (const [position, prompt] of prompts.entries()) {
    const current = existing[position];
    if (current) {
      await tx.update(applicationQuestions).set({ prompt, position, isVoiceOrVideoAllowed }).where(eq(applicationQuestions.id, current.id));
    } else {
      await tx.insert(applicationQuestions).values({ vacancyId, prompt, position, isVoiceOrVideoAllowed });
    }
  }
  const extra = existing.slice(prompts.length).map((question) => question.id);
  if (extra.length > 0) await tx.delete(applicationQuestions).where(inArray(applicationQuestions.id, extra));
}

export type VacancySaveResult = { id: string; isWaitingForReview: boolean };

/**
 * Writes a new vacancy inside the caller's transaction, for an employer the caller has already found through
 * the actor: review when needed, questions, the change log. Used by the form and the CSV import.
 */
export async function insertVacancyIn(
  tx: Transaction,
  { actorId, employer, input, point, now, externalRef = null, summary = 'Posted' }: Actor & { employer: Omit<OwnEmployer, 'name'>; input: VacancyInput; point: Point; now: Date; externalRef?: string | null; summary?: string },
): Promise<VacancySaveResult | null> {
  const review = reviewFor(employer.status, input);
  const [vacancy] = await tx
    .insert(vacancies)
    .values({
      laId: employer.laId,
      employerId: employer.id,
      status: nextVacancyStatus('draft', 'post') ?? 'live',
      ...columnsFrom(input, point),
      ...review,
      externalRef,
      lastCheckedAt: now,
      lastCheckedById: actorId,
    })
    .returning({ id: vacancies.id });
  if (!vacancy) return null;
  await saveQuestions(tx, vacancy.id, input.questions, input.acceptsVoiceAndVideo);
  await recordContentChange(tx, { laId: employer.laId, actorId, entityType: 'vacancy', entityId: vacancy.id, changes: {}, summary });
  return { id: vacancy.id, isWaitingForReview: review.reviewStatus === 'waiting' };
}

/** Employer staff: post a new vacancy for their employer. Live at once unless it waits for review. Logged. */
export async function createOwnVacancy({
  actorId,
  input,
  point,
  now,
}: Actor & { input: VacancyInput; point: Point; now: Date }): Promise<VacancySaveResult | null> {
  return db.transaction(async (tx) => {
    const [employer] = await tx
      .select({ id: employers.id, laId: employers.laId, status: employers.status })
      .from(employers)
      .where(inArray(employers.id, ownEmployerIds(actorId)))
      .orderBy(asc(employers.name))
      .limit(1);
    if (!employer) return null;
    return insertVacancyIn(tx, { actorId, employer, input, point, now });
  });
}

/**
 * Changes one of the actor's employer's vacancies inside the caller's transaction: review when needed,
 * questions, the change log (or "checked" only, when nothing changed and `isCheckedWhenSame`). Null when not theirs.
 */
export async function updateVacancyIn(
  tx: Transaction,
  { actorId, vacancyId, input, point, now, isCheckedWhenSame = false, note = '' }: Actor & { vacancyId: string; input: VacancyInput; point: Point; now: Date; isCheckedWhenSame?: boolean; note?: string },
): Promise<(VacancySaveResult & { isChanged: boolean }) | null> {
  const [before] = await tx
    .select({ id: vacancies.id, laId: vacancies.laId, employerStatus: employers.status, reviewStatus: vacancies.reviewStatus, sentBackReason: vacancies.sentBackReason, ...editableColumns })
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .where(ownVacancyWhere(actorId, vacancyId));
  if (!before) return null;
  const questions = await questionsOf(tx, before.id);
  const after = columnsFrom(input, point);
  const changes = changedFields({ ...before, questions: questions.map((question) => question.prompt) }, { ...after, questions: input.questions });
  delete changes.latitude;
  delete changes.longitude;
  if (Object.keys(changes).length === 0) {
    if (isCheckedWhenSame) {
      await tx.update(vacancies).set({ lastCheckedAt: now, lastCheckedById: actorId }).where(eq(vacancies.id, before.id));
      await recordContentChange(tx, { laId: before.laId, actorId, entityType: 'vacancy', entityId: before.id, changes: {}, summary: `Checked, still correct${note}` });
    }
    return { id: before.id, isWaitingForReview: before.reviewStatus === 'waiting', isChanged: false };
  }
  const review = reviewFor(before.employerStatus, input);
  // A vacancy the council passed stays passed when its employer is approved and nothing is flagged.
  // One the council sent back for changes waits for the council again, whatever the words (decision 040).
  const reviewStatus =
    before.sentBackReason !== null ? 'waiting' : review.reviewStatus === 'not_needed' && before.reviewStatus === 'approved' ? 'approved' : review.reviewStatus;
  await tx
    .update(vacancies)
    .set({ ...after, reviewStatus, flaggedWords: review.flaggedWords, sentBackReason: null, lastCheckedAt: now, lastCheckedById: actorId })
    .where(eq(vacancies.id, before.id));
  await saveQuestions(tx, before.id, input.questions, input.acceptsVoiceAndVideo);
  await recordContentChange(tx, { laId: before.laId, actorId, entityType: 'vacancy', entityId: before.id, changes, summary: note ? `Changed ${Object.keys(changes).join(', ')}${note}` : undefined });
  return { id: before.id, isWaitingForReview: reviewStatus === 'waiting', isChanged: true };
}

/** Employer staff: change one of their vacancies. Live at once unless it now waits for review. Logged. */
export async function updateOwnVacancy({
  actorId,
  vacancyId,
  input,
  point,
  now,
}: Actor & { vacancyId: string; input: VacancyInput; point: Point; now: Date }): Promise<VacancySaveResult | null> {
  return db.transaction(async (tx) => {
    const result = await updateVacancyIn(tx, { actorId, vacancyId, input, point, now });
    return result ? { id: result.id, isWaitingForReview: result.isWaitingForReview } : null;
  });
}

export type StatusChangeResult = { status: VacancyStatus } | { error: 'not-allowed' | 'closing-date-passed' };

/**
 * Employer staff: close, fill or re-open one of their vacancies, through the state machine. Re-opening needs
 * a closing date still to come. Null when the vacancy is not theirs. Logged.
 */
export async function changeOwnVacancyStatus({
  actorId,
  vacancyId,
  event,
  today,
}: Actor & { vacancyId: string; event: VacancyEvent; today: string }): Promise<StatusChangeResult | null> {
  return db.transaction(async (tx) => {
    const [vacancy] = await tx
      .select({ id: vacancies.id, laId: vacancies.laId, status: vacancies.status, closesOn: vacancies.closesOn })
      .from(vacancies)
      .where(ownVacancyWhere(actorId, vacancyId));
    if (!vacancy) return null;
    const next = nextVacancyStatus(vacancy.status, event);
    if (!next) return { error: 'not-allowed' };
    if (next === 'live' && vacancy.closesOn !== null && vacancy.closesOn <= today) return { error: 'closing-date-passed' };
    await tx.update(vacancies).set({ status: next }).where(eq(vacancies.id, vacancy.id));
    await recordContentChange(tx, {
      laId: vacancy.laId,
      actorId,
      entityType: 'vacancy',
      entityId: vacancy.id,
      changes: { status: { from: vacancy.status, to: next } },
    });
    return { status: next };
  });
}

/** Employer staff: "checked, still correct" for one of their vacancies (sets when and who, logged). */
export async function markOwnVacancyChecked({ actorId, vacancyId, now }: Actor & { vacancyId: string; now: Date }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [vacancy] = await tx.select({ id: vacancies.id, laId: vacancies.laId }).from(vacancies).where(ownVacancyWhere(actorId, vacancyId));
    if (!vacancy) return null;
    await tx.update(vacancies).set({ lastCheckedAt: now, lastCheckedById: actorId }).where(eq(vacancies.id, vacancy.id));
    await recordContentChange(tx, { laId: vacancy.laId, actorId, entityType: 'vacancy', entityId: vacancy.id, changes: {}, summary: 'Checked, still correct' });
    return vacancy;
  });
}
