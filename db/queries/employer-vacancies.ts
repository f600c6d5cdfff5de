import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Point } from '@/lib/geo/places';
import { changedFields } from '@/lib/manage/changes';
import { storedVacancyFields, type VacancyInput } from '@/lib/vacancies/posting';
import type { SavedVacancy } from '@/lib/vacancies/own-vacancy';
import { nextVacancyStatus, type VacancyEvent, type VacancyStatus } from '@/lib/vacancies/status';
import { flagWording } from '@/lib/vacancies/wording';
import type { Transaction } from '../client';
import { getAreaCategoryView, isKindOfWork } from './categories';
import { db } from '../client';
import { applicationQuestions, categories, employers, memberships, providers, users, vacancies } from '../schema';
import { recordContentChange } from './content-changes';
import { ownProviderIds } from './provider-content';

// Employer staff and provider staff post and look after their own organisation's vacancies (decision 041).
// Every query takes the actor and reaches only the employers or providers they are a member of (the owner
// comes from the signed-in member of staff, never from a form): another organisation's vacancy looks exactly
// like a missing one. A vacancy from an employer the council has not approved, or with flagged wording, waits
// for review. Providers are trusted like approved employers: only flagged wording makes theirs wait.

type Actor = { actorId: string };

/** The employer ids this member of staff works for (employer_staff only): the scope of every employer-staff query. */
export function ownEmployerIds(actorId: string) {
  return db
    .select({ id: memberships.employerId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, actorId), eq(users.role, 'employer_staff'), isNotNull(memberships.employerId)));
}

export type OwnEmployer = {
  id: string;
  laId: string;
  name: string;
  status: 'pending' | 'approved' | 'rejected' | 'suspended';
  /** The council's reason when it turned the employer down (decision 040); else null. */
  turnedDownReason: string | null;
};

/** Employer staff: the employer they work for, with the council's decision on it, or null. */
export async function getOwnEmployer({ actorId }: Actor): Promise<OwnEmployer | null> {
  const [row] = await db
    .select({ id: employers.id, laId: employers.laId, name: employers.name, status: employers.status, turnedDownReason: employers.turnedDownReason })
    .from(employers)
    .where(inArray(employers.id, ownEmployerIds(actorId)))
    .orderBy(asc(employers.name))
    .limit(1);
  return row ?? null;
}

/**
 * Who offers a vacancy: an employer (with the council's approval status) or a provider. Providers are set up
 * by the council, so they count as approved.
 */
export type VacancyOwner = {
  kind: 'employer' | 'provider';
  id: string;
  laId: string;
  name: string;
  status: OwnEmployer['status'];
};

/** Employer or provider staff: the organisation whose vacancies they look after, or null. */
export async function getOwnVacancyOwner({ actorId }: Actor): Promise<VacancyOwner | null> {
  return ownerIn(db, actorId);
}

async function ownerIn(reader: Transaction | typeof db, actorId: string): Promise<VacancyOwner | null> {
  const [employer] = await reader
    .select({ id: employers.id, laId: employers.laId, name: employers.name, status: employers.status })
    .from(employers)
    .where(inArray(employers.id, ownEmployerIds(actorId)))
    .orderBy(asc(employers.name))
    .limit(1);
  if (employer) return { kind: 'employer', ...employer };
  const [provider] = await reader
    .select({ id: providers.id, laId: providers.laId, name: providers.name })
    .from(providers)
    .where(inArray(providers.id, ownProviderIds(actorId)))
    .orderBy(asc(providers.name))
    .limit(1);
  return provider ? { kind: 'provider', ...provider, status: 'approved' } : null;
}

/** The vacancies of the employers or providers this member of staff works for: the scope of every vacancy query here. */
function ownVacancies(actorId: string) {
  return or(inArray(vacancies.employerId, ownEmployerIds(actorId)), inArray(vacancies.providerId, ownProviderIds(actorId)))!;
}

export type OwnVacancyListItem = {
  id: string;
  title: string;
  status: VacancyStatus;
  reviewStatus: 'not_needed' | 'waiting' | 'approved';
  closesOn: string | null;
  lastCheckedAt: Date;
  /** The council sent it back for changes (decision 040). */
  isSentBack: boolean;
};

/** Employer or provider staff: their organisation's vacancies, newest first. */
export async function findOwnVacancies({ actorId }: Actor): Promise<OwnVacancyListItem[]> {
  return db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      status: vacancies.status,
      reviewStatus: vacancies.reviewStatus,
      closesOn: vacancies.closesOn,
      lastCheckedAt: vacancies.lastCheckedAt,
      isSentBack: sql<boolean>`${vacancies.sentBackReason} is not null`,
    })
    .from(vacancies)
    .where(ownVacancies(actorId))
    .orderBy(desc(vacancies.createdAt));
}

export type KindOfWorkChoice = { id: string; name: string; imagePath: string };
export type AreaOfWorkChoices = { name: string; kinds: KindOfWorkChoice[] };

/**
 * The picture list of kinds of work, grouped by area of work, to choose a vacancy's category: with the area's
 * own photo where its council chose one (decision 035), as young people will see it.
 */
export async function findKindsOfWorkToChoose({ laId }: { laId: string }): Promise<AreaOfWorkChoices[]> {
  const areas = alias(categories, 'areas');
  const [rows, view] = await Promise.all([
    db
      .select({ areaName: areas.name, id: categories.id, slug: categories.slug, name: categories.name, imagePath: categories.imagePath })
      .from(categories)
      .innerJoin(areas, eq(areas.id, categories.parentId))
      .orderBy(asc(areas.position), asc(areas.name), asc(categories.position), asc(categories.name)),
    getAreaCategoryView({ laId }),
  ]);
  const grouped: AreaOfWorkChoices[] = [];
  for (const row of rows) {
    const last = grouped.at(-1);
    const kind = { id: row.id, name: row.name, imagePath: view.get(row.slug)?.ownPicture?.path ?? row.imagePath };
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

/** One of the organisation's own vacancies: as saved (the form's fields), with its state and the council's check. */
export type OwnVacancy = SavedVacancy & {
  id: string;
  laId: string;
  status: VacancyStatus;
  reviewStatus: 'not_needed' | 'waiting' | 'approved';
  flaggedWords: string[];
  /** Why the council sent it back for changes, until it is changed (decision 040); else null. */
  sentBackReason: string | null;
  lastCheckedAt: Date;
  hoursType: 'full_time' | 'part_time';
};

function ownVacancyWhere(actorId: string, vacancyId: string) {
  return and(eq(vacancies.id, vacancyId), ownVacancies(actorId));
}

/** The change log line's owner: a provider's own staff see their vacancies' lines on their change log. */
function logOwner(providerId: string | null, title: string) {
  return providerId ? { providerId, entityName: title } : {};
}

async function questionsOf(tx: Transaction | typeof db, vacancyId: string): Promise<{ id: string; prompt: string }[]> {
  return tx
    .select({ id: applicationQuestions.id, prompt: applicationQuestions.prompt })
    .from(applicationQuestions)
    .where(eq(applicationQuestions.vacancyId, vacancyId))
    .orderBy(asc(applicationQuestions.position), asc(applicationQuestions.createdAt));
}

/** Employer or provider staff: one of their organisation's vacancies, with its questions. Null when missing or someone else's. */
export async function getOwnVacancy({ actorId, vacancyId }: Actor & { vacancyId: string }): Promise<OwnVacancy | null> {
  const [row] = await db
    .select({
      id: vacancies.id,
      laId: vacancies.laId,
      status: vacancies.status,
      reviewStatus: vacancies.reviewStatus,
      flaggedWords: vacancies.flaggedWords,
      sentBackReason: vacancies.sentBackReason,
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
function reviewFor(employerStatus: VacancyOwner['status'], input: VacancyInput) {
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
/** The kind of work chosen is not one on the list (unknown, or an area of work): a field error for the form. */
export type UnknownKindOfWork = { error: 'unknown-kind-of-work' };

/**
 * Writes a new vacancy inside the caller's transaction, for an employer or provider the caller has already
 * found through the actor: review when needed, questions, the change log. Used by the form and the CSV import.
 */
export async function insertVacancyIn(
  tx: Transaction,
  {
    actorId,
    owner,
    input,
    point,
    now,
    externalRef = null,
    summary = 'Posted',
  }: Actor & { owner: Omit<VacancyOwner, 'name'>; input: VacancyInput; point: Point; now: Date; externalRef?: string | null; summary?: string },
): Promise<VacancySaveResult | UnknownKindOfWork | null> {
  if (!(await isKindOfWork(tx, input.categoryId))) return { error: 'unknown-kind-of-work' };
  const review = reviewFor(owner.status, input);
  const providerId = owner.kind === 'provider' ? owner.id : null;
  const [vacancy] = await tx
    .insert(vacancies)
    .values({
      laId: owner.laId,
      employerId: owner.kind === 'employer' ? owner.id : null,
      providerId,
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
  await recordContentChange(tx, { laId: owner.laId, actorId, entityType: 'vacancy', entityId: vacancy.id, changes: {}, summary, ...logOwner(providerId, input.title) });
  return { id: vacancy.id, isWaitingForReview: review.reviewStatus === 'waiting' };
}

/**
 * Employer or provider staff: post a new vacancy for their organisation. Live at once unless it waits for
 * review. Logged. An error when the kind of work is not on the list; null when they work for no organisation.
 */
export async function createOwnVacancy({
  actorId,
  input,
  point,
  now,
}: Actor & { input: VacancyInput; point: Point; now: Date }): Promise<VacancySaveResult | UnknownKindOfWork | null> {
  return db.transaction(async (tx) => {
    const owner = await ownerIn(tx, actorId);
    if (!owner) return null;
    const summary = owner.kind === 'provider' ? `Posted a vacancy: ${input.title}` : 'Posted';
    return insertVacancyIn(tx, { actorId, owner, input, point, now, summary });
  });
}

/**
 * Changes one of the actor's organisation's vacancies inside the caller's transaction: review when needed,
 * questions, the change log (or "checked" only, when nothing changed and `isCheckedWhenSame`). Null when not
 * theirs; an error when the kind of work is not on the list.
 */
export async function updateVacancyIn(
  tx: Transaction,
  { actorId, vacancyId, input, point, now, isCheckedWhenSame = false, note = '' }: Actor & { vacancyId: string; input: VacancyInput; point: Point; now: Date; isCheckedWhenSame?: boolean; note?: string },
): Promise<(VacancySaveResult & { isChanged: boolean }) | UnknownKindOfWork | null> {
  const [found] = await tx
    .select({
      id: vacancies.id,
      laId: vacancies.laId,
      providerId: vacancies.providerId,
      employerStatus: employers.status,
      reviewStatus: vacancies.reviewStatus,
      sentBackReason: vacancies.sentBackReason,
      ...editableColumns,
    })
    .from(vacancies)
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .where(ownVacancyWhere(actorId, vacancyId));
  if (!found) return null;
  if (!(await isKindOfWork(tx, input.categoryId))) return { error: 'unknown-kind-of-work' };
  // A provider's vacancy has no employer: providers count as approved.
  const { providerId, employerStatus, ...before } = { ...found, employerStatus: found.employerStatus ?? ('approved' as const) };
  const owner = logOwner(providerId, input.title);
  const questions = await questionsOf(tx, before.id);
  const after = columnsFrom(input, point);
  const changes = changedFields({ ...before, questions: questions.map((question) => question.prompt) }, { ...after, questions: input.questions });
  delete changes.latitude;
  delete changes.longitude;
  if (Object.keys(changes).length === 0) {
    if (isCheckedWhenSame) {
      await tx.update(vacancies).set({ lastCheckedAt: now, lastCheckedById: actorId }).where(eq(vacancies.id, before.id));
      await recordContentChange(tx, { laId: before.laId, actorId, entityType: 'vacancy', entityId: before.id, changes: {}, summary: `Checked, still correct${note}`, ...owner });
    }
    return { id: before.id, isWaitingForReview: before.reviewStatus === 'waiting', isChanged: false };
  }
  const review = reviewFor(employerStatus, input);
  // A vacancy the council passed stays passed when its employer is approved and nothing is flagged.
  // One the council sent back for changes waits for the council again, whatever the words (decision 040).
  const reviewStatus =
    before.sentBackReason !== null ? 'waiting' : review.reviewStatus === 'not_needed' && before.reviewStatus === 'approved' ? 'approved' : review.reviewStatus;
  await tx
    .update(vacancies)
    .set({ ...after, reviewStatus, flaggedWords: review.flaggedWords, sentBackReason: null, lastCheckedAt: now, lastCheckedById: actorId })
    .where(eq(vacancies.id, before.id));
  await saveQuestions(tx, before.id, input.questions, input.acceptsVoiceAndVideo);
  await recordContentChange(tx, {
    laId: before.laId,
    actorId,
    entityType: 'vacancy',
    entityId: before.id,
    changes,
    summary: note ? `Changed ${Object.keys(changes).join(', ')}${note}` : undefined,
    ...owner,
  });
  return { id: before.id, isWaitingForReview: reviewStatus === 'waiting', isChanged: true };
}

/**
 * Employer or provider staff: change one of their vacancies. Live at once unless it now waits for review.
 * Logged. Null when not theirs; an error when the kind of work is not on the list.
 */
export async function updateOwnVacancy({
  actorId,
  vacancyId,
  input,
  point,
  now,
}: Actor & { vacancyId: string; input: VacancyInput; point: Point; now: Date }): Promise<VacancySaveResult | UnknownKindOfWork | null> {
  return db.transaction(async (tx) => {
    const result = await updateVacancyIn(tx, { actorId, vacancyId, input, point, now });
    if (!result || 'error' in result) return result;
    return { id: result.id, isWaitingForReview: result.isWaitingForReview };
  });
}

export type StatusChangeResult = { status: VacancyStatus } | { error: 'not-allowed' | 'closing-date-passed' };

/**
 * Employer or provider staff: close, fill or re-open one of their vacancies, through the state machine. Re-opening needs
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
      .select({ id: vacancies.id, laId: vacancies.laId, providerId: vacancies.providerId, title: vacancies.title, status: vacancies.status, closesOn: vacancies.closesOn })
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
      ...logOwner(vacancy.providerId, vacancy.title),
    });
    return { status: next };
  });
}

/** Employer or provider staff: "checked, still correct" for one of their vacancies (sets when and who, logged). */
export async function markOwnVacancyChecked({ actorId, vacancyId, now }: Actor & { vacancyId: string; now: Date }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [vacancy] = await tx
      .select({ id: vacancies.id, laId: vacancies.laId, providerId: vacancies.providerId, title: vacancies.title })
      .from(vacancies)
      .where(ownVacancyWhere(actorId, vacancyId));
    if (!vacancy) return null;
    await tx.update(vacancies).set({ lastCheckedAt: now, lastCheckedById: actorId }).where(eq(vacancies.id, vacancy.id));
    await recordContentChange(tx, {
      laId: vacancy.laId,
      actorId,
      entityType: 'vacancy',
      entityId: vacancy.id,
      changes: {},
      summary: 'Checked, still correct',
      ...logOwner(vacancy.providerId, vacancy.title),
    });
    return { id: vacancy.id };
  });
}
