import 'server-only';
import { and, asc, desc, eq, exists, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { type AdviserOutcome, canChangeStatus, type ApplicationStatus, type StatusActor } from '@/lib/applications/status';
import {
  countSeptember,
  type SeptemberCounts,
  type SeptemberFilter,
  type SeptemberRow,
  septemberRows,
} from '@/lib/applications/academic-year';
import { decideAccess, isReasonGiven, type PrivacyConfig } from '@/lib/privacy/access';
import type { FreshnessRules } from '@/lib/freshness/rules';
import { type ProfileValues, sentProfileFrom } from '@/lib/applications/profile';
import { withContactDetailsFor } from '@/lib/privacy/safety';
import { type AnswerNote, otherVersionsToStore } from '@/lib/applications/offline-answers';
import { db, type Transaction } from '../client';
import {
  applicationAnswers,
  answerOtherVersions,
  applicationAttachments,
  applicationProfiles,
  applicationQuestions,
  applications,
  applicationStatusHistory,
  caseloads,
  courses,
  employers,
  mediaAssets,
  memberships,
  portfolioItems,
  providers,
  safetyNamedStaff,
  users,
  vacancies,
  youngPeople,
  type SentProfile,
} from '../schema';
import { getStaffAccess, logListView, logRecordView } from './privacy';
import { courseIsListed } from './live-providers';
import { visibleVacancy } from './vacancies';

// Applications: the young person's own, the provider's or employer's inbox, and the adviser's view of their
// caseload. Every function takes the actor and scopes by it; a record the actor may not see is null.
// Status changes go through changeStatusIn, which checks lib/applications/status.ts and records history.

type Actor = { actorId: string };

// ---------------------------------------------------------------------------------------------------------------
// Who may see an application

/** Staff of the provider or employer the application was made to (the query must left-join courses and vacancies). */
function isStaffOf(actorId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, actorId),
          or(
            and(isNotNull(memberships.providerId), or(eq(memberships.providerId, courses.providerId), eq(memberships.providerId, vacancies.providerId))),
            and(isNotNull(memberships.employerId), eq(memberships.employerId, vacancies.employerId)),
          ),
        ),
      ),
  );
}

async function actorRole(tx: Transaction | typeof db, actorId: string) {
  const [actor] = await tx.select({ role: users.role, laId: users.laId, name: users.name }).from(users).where(eq(users.id, actorId));
  return actor ?? null;
}

/** The actor's part in this application, or null when they have none (so it looks missing to them). */
async function statusActorFor(tx: Transaction, actorId: string, applicationId: string): Promise<StatusActor | null> {
  const actor = await actorRole(tx, actorId);
  if (!actor) return null;
  const base = tx
    .select({ id: applications.id, youngPersonId: applications.youngPersonId, status: applications.status })
    .from(applications)
    .leftJoin(courses, eq(courses.id, applications.courseId))
    .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId));
  if (actor.role === 'young_person') {
    const [row] = await base.where(and(eq(applications.id, applicationId), eq(applications.youngPersonId, actorId)));
    return row ? 'young_person' : null;
  }
  if (actor.role === 'provider_staff' || actor.role === 'employer_staff') {
    const [row] = await base.where(and(eq(applications.id, applicationId), ne(applications.status, 'draft'), isStaffOf(actorId)));
    return row ? 'staff' : null;
  }
  if (actor.role === 'adviser') {
    const [row] = await base
      .innerJoin(caseloads, and(eq(caseloads.youngPersonId, applications.youngPersonId), eq(caseloads.adviserId, actorId)))
      .where(and(eq(applications.id, applicationId), eq(applications.laId, actor.laId), ne(applications.status, 'draft')));
    return row ? 'adviser' : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The one write function for status

export type StatusChange = {
  to: ApplicationStatus;
  note?: string;
  interviewAt?: Date;
  offerConditions?: string;
  decisionReason?: string;
};

export type StatusChangeResult = { ok: true; from: ApplicationStatus } | { ok: false; reason: 'not-found' | 'not-allowed' };

/**
 * Moves an application on, inside the caller's transaction, if the state machine lets this actor do it, and
 * records who, when and why. Compares and sets the status in one statement, so two people (or two presses)
 * at once cannot both win.
 */
async function changeStatusIn(
  tx: Transaction,
  { actorId, applicationId, change, now }: Actor & { applicationId: string; change: StatusChange; now: Date },
): Promise<StatusChangeResult> {
  const who = await statusActorFor(tx, actorId, applicationId);
  if (!who) return { ok: false, reason: 'not-found' };
  const [current] = await tx.select({ status: applications.status }).from(applications).where(eq(applications.id, applicationId));
  if (!current) return { ok: false, reason: 'not-found' };
  if (!canChangeStatus(current.status, change.to, who)) return { ok: false, reason: 'not-allowed' };
  const updated = await tx
    .update(applications)
    .set({
      status: change.to,
      ...(change.to === 'submitted' ? { submittedAt: now } : {}),
      ...(change.interviewAt ? { interviewAt: change.interviewAt } : {}),
      ...(change.offerConditions !== undefined ? { offerConditions: change.offerConditions } : {}),
      ...(change.decisionReason !== undefined ? { decisionReason: change.decisionReason } : {}),
    })
    .where(and(eq(applications.id, applicationId), eq(applications.status, current.status)))
    .returning({ id: applications.id });
  if (updated.length === 0) return { ok: false, reason: 'not-allowed' };
  await tx.insert(applicationStatusHistory).values({
    applicationId,
    fromStatus: current.status,
    toStatus: change.to,
    changedById: actorId,
    note: change.note ?? '',
    createdAt: now,
  });
  return { ok: true, from: current.status };
}

/** Anyone with a part in the application (young person, its provider's or employer's staff, their adviser): change its status. */
export async function changeApplicationStatus(
  args: Actor & { applicationId: string; change: StatusChange; now: Date },
): Promise<StatusChangeResult> {
  return db.transaction((tx) => changeStatusIn(tx, args));
}

/**
 * Advisers only: record that a young person on their own caseload did not go to an interview or did not start,
 * on an application the access rule lets them see (caseload plus the young person's consent to applications).
 * A consent-only adviser may look but not record. Logged for the young person like any other view.
 */
export async function recordAdviserOutcome({
  actorId,
  youngPersonId,
  applicationId,
  outcome,
  now,
  config,
}: Actor & { youngPersonId: string; applicationId: string; outcome: AdviserOutcome; now: Date; config: PrivacyConfig }): Promise<StatusChangeResult> {
  const access = await getStaffAccess({ actorId, youngPersonId, reason: null, now, config });
  if (!access || access.decision.basis !== 'caseload' || !access.decision.parts.includes('applications')) {
    return { ok: false, reason: 'not-found' };
  }
  const [owned] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.youngPersonId, youngPersonId)));
  if (!owned) return { ok: false, reason: 'not-found' };
  const result = await changeApplicationStatus({
    actorId,
    applicationId,
    change: { to: outcome, note: outcome === 'no_show' ? 'Did not go to the interview' : 'Did not start' },
    now,
  });
  if (result.ok) {
    const what = outcome === 'no_show' ? 'your applications, and wrote down that you did not go to an interview' : 'your applications, and wrote down that you did not start';
    await logRecordView({ actorId, access, what, reason: null });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// The application profile

export type OwnProfile = ProfileValues & { name: string | null; accountPhone: string | null; personalStatementMediaKind: 'audio' | 'video' | null   /** When the profile was last saved (null before the first save): a draft kept offline older than this is dropped. */
  savedAt: Date | null;
};

/** Young people only: their own application profile, with the mobile from their account when they have not given one. */
export async function getApplicationProfile({ actorId }: Actor): Promise<OwnProfile | null> {
  const [row] = await db
    .select({
      name: users.name,
      accountPhone: users.phone,
      dateOfBirth: youngPeople.dateOfBirth,
      profile: applicationProfiles,
      statementMediaKind: mediaAssets.kind,
    })
    .from(users)
    .leftJoin(youngPeople, eq(youngPeople.userId, users.id))
    .leftJoin(applicationProfiles, eq(applicationProfiles.userId, users.id))
    .leftJoin(mediaAssets, eq(mediaAssets.id, applicationProfiles.personalStatementMediaId))
    .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
  if (!row) return null;
  const profile = row.profile;
  return {
    name: row.name,
    accountPhone: row.accountPhone,
    contactPhone: profile?.contactPhone ?? row.accountPhone,
    contactEmail: profile?.contactEmail ?? null,
    dateOfBirth: row.dateOfBirth,
    school: profile?.school ?? '',
    qualifications: profile?.qualifications ?? '',
    needsSupport: profile?.needsSupport ?? null,
    supportNeeds: profile?.supportNeeds ?? '',
    adjustments: profile?.adjustments ?? '',
    personalStatement: profile?.personalStatement ?? '',
    personalStatementMediaId: profile?.personalStatementMediaId ?? null,
    personalStatementMediaKind: row.statementMediaKind === 'audio' || row.statementMediaKind === 'video' ? row.statementMediaKind : null,
    completedSections: profile?.completedSections ?? [],
    savedAt: profile?.updatedAt ?? null,
  };
}

/**
 * Young people only: saves part of their own profile. `section` marks it finished (isDone) or, when a
 * save-for-later leaves it incomplete, unmarks it.
 */
export async function saveApplicationProfile({
  actorId,
  values,
  section,
  isDone,
}: Actor & { values: Partial<ProfileValues>; section: string; isDone: boolean | null }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const actor = await actorRole(tx, actorId);
    if (actor?.role !== 'young_person') return false;
    const { dateOfBirth, ...rest } = values;
    delete rest.completedSections;
    const profileValues = rest;
    if (dateOfBirth !== undefined) {
      await tx.insert(youngPeople).values({ userId: actorId, dateOfBirth }).onConflictDoUpdate({ target: youngPeople.userId, set: { dateOfBirth } });
    }
    const [existing] = await tx
      .select({ completedSections: applicationProfiles.completedSections })
      .from(applicationProfiles)
      .where(eq(applicationProfiles.userId, actorId));
    let completedSections = existing?.completedSections ?? [];
    if (isDone === true && !completedSections.includes(section)) completedSections = [...completedSections, section];
    if (isDone === false) completedSections = completedSections.filter((done) => done !== section);
    await tx
      .insert(applicationProfiles)
      .values({ userId: actorId, ...profileValues, completedSections })
      .onConflictDoUpdate({ target: applicationProfiles.userId, set: { ...profileValues, completedSections } });
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Starting, answering and sending

type Target = { courseSlug: string; vacancyId?: undefined } | { vacancyId: string; courseSlug?: undefined };

async function findTarget(
  tx: Transaction,
  { laId, target, now, rules }: { laId: string; target: Target; now: Date; rules: FreshnessRules },
): Promise<{ courseId: string | null; vacancyId: string | null } | null> {
  if (target.courseSlug !== undefined) {
    const [course] = await tx
      .select({ id: courses.id })
      .from(courses)
      .where(and(eq(courses.slug, target.courseSlug), eq(courses.laId, laId), courseIsListed()));
    return course ? { courseId: course.id, vacancyId: null } : null;
  }
  const [vacancy] = await tx
    .select({ id: vacancies.id })
    .from(vacancies)
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .where(and(eq(vacancies.id, target.vacancyId), visibleVacancy({ laId, now, rules })));
  return vacancy ? { courseId: null, vacancyId: vacancy.id } : null;
}

function targetCondition(target: { courseId: string | null; vacancyId: string | null }): SQL {
  return target.courseId ? eq(applications.courseId, target.courseId) : eq(applications.vacancyId, target.vacancyId as string);
}

/** Young people only: the id of their open (not withdrawn) application to this course or vacancy, if any. */
export async function findOwnApplicationIdFor({ actorId, target }: Actor & { target: Target }): Promise<string | null> {
  const condition =
    target.courseSlug !== undefined
      ? inArray(applications.courseId, db.select({ id: courses.id }).from(courses).where(eq(courses.slug, target.courseSlug)))
      : eq(applications.vacancyId, target.vacancyId);
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.youngPersonId, actorId), ne(applications.status, 'withdrawn'), condition));
  return row?.id ?? null;
}

/**
 * Young people only: starts a draft application to a course or vacancy they can see, or returns the one
 * they already have. A unique index makes a double press give one application.
 */
export async function startApplication({
  actorId,
  target,
  now,
  rules,
}: Actor & { target: Target; now: Date; rules: FreshnessRules }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const actor = await actorRole(tx, actorId);
    if (actor?.role !== 'young_person') return null;
    const found = await findTarget(tx, { laId: actor.laId, target, now, rules });
    if (!found) return null;
    const [inserted] = await tx
      .insert(applications)
      .values({ laId: actor.laId, youngPersonId: actorId, ...found, status: 'draft' })
      .onConflictDoNothing()
      .returning({ id: applications.id });
    if (inserted) {
      await tx.insert(applicationStatusHistory).values({ applicationId: inserted.id, toStatus: 'draft', changedById: actorId, createdAt: now });
      return inserted;
    }
    const [existing] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.youngPersonId, actorId), ne(applications.status, 'withdrawn'), targetCondition(found)));
    return existing ?? null;
  });
}

/** A question with the young person's answer: text, and a voice or video recording where the question allows one. */
export type ApplicationQuestionWithAnswer = {
  id: string;
  prompt: string;
  answer: string;
  isVoiceOrVideoAllowed: boolean;
  answerMedia: AnswerMedia | null;
};

export type AnswerMedia = { id: string; kind: 'audio' | 'video' };

export type ApplicationTarget = {
  kind: 'course' | 'vacancy';
  title: string;
  offeredBy: string;
  href: string;
  /** Still taking applications (a vacancy can close while a draft waits). */
  isOpen: boolean;
  closesOn: string | null;
};

export type ApplicationDetail = {
  id: string;
  status: ApplicationStatus;
  target: ApplicationTarget;
  createdAt: Date;
  submittedAt: Date | null;
  updatedAt: Date;
  interviewAt: Date | null;
  offerConditions: string;
  decisionReason: string;
  remindedAt: Date | null;
  questions: ApplicationQuestionWithAnswer[];
  attachments: { id: string; title: string; body: string }[];
  history: { toStatus: ApplicationStatus; note: string; at: Date; byYoungPerson: boolean }[];
  sentProfile: SentProfile | null;
  youngPersonName: string | null;
};

const offeredByName = sql<string>`coalesce(${employers.name}, ${providers.name})`;

async function loadDetail(
  applicationId: string,
  visibility: SQL,
  { now, rules }: { now: Date; rules: FreshnessRules },
): Promise<ApplicationDetail | null> {
  const [row] = await db
    .select({
      id: applications.id,
      laId: applications.laId,
      status: applications.status,
      courseId: applications.courseId,
      vacancyId: applications.vacancyId,
      courseSlug: courses.slug,
      courseTitle: courses.title,
      courseStatus: courses.status,
      vacancyTitle: vacancies.title,
      vacancyClosesOn: vacancies.closesOn,
      vacancyAcceptsVoiceAndVideo: vacancies.acceptsVoiceAndVideo,
      offeredBy: offeredByName,
      isVacancyOpen: sql<boolean>`coalesce(${visibleVacancy({ laId: applications.laId, now, rules })}, false)`,
      createdAt: applications.createdAt,
      submittedAt: applications.submittedAt,
      updatedAt: applications.updatedAt,
      interviewAt: applications.interviewAt,
      offerConditions: applications.offerConditions,
      decisionReason: applications.decisionReason,
      remindedAt: applications.remindedAt,
      sentProfile: applications.sentProfile,
      youngPersonId: applications.youngPersonId,
      youngPersonName: users.name,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.youngPersonId))
    .leftJoin(courses, eq(courses.id, applications.courseId))
    .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(providers, or(eq(providers.id, courses.providerId), eq(providers.id, vacancies.providerId)))
    .where(and(eq(applications.id, applicationId), visibility));
  if (!row) return null;
  const [questions, attachments, history] = await Promise.all([
    db
      .select({
        id: applicationQuestions.id,
        prompt: applicationQuestions.prompt,
        answer: sql<string>`coalesce(${applicationAnswers.text}, '')`,
        isVoiceOrVideoAllowed: applicationQuestions.isVoiceOrVideoAllowed,
        answerMediaId: mediaAssets.id,
        answerMediaKind: mediaAssets.kind,
      })
      .from(applicationQuestions)
      .leftJoin(
        applicationAnswers,
        and(eq(applicationAnswers.questionId, applicationQuestions.id), eq(applicationAnswers.applicationId, row.id)),
      )
      .leftJoin(mediaAssets, eq(mediaAssets.id, applicationAnswers.mediaId))
      .where(row.courseId ? eq(applicationQuestions.courseId, row.courseId) : eq(applicationQuestions.vacancyId, row.vacancyId as string))
      .orderBy(asc(applicationQuestions.position), asc(applicationQuestions.createdAt)),
    db
      .select({ id: portfolioItems.id, title: portfolioItems.title, body: portfolioItems.body })
      .from(applicationAttachments)
      .innerJoin(portfolioItems, and(eq(portfolioItems.id, applicationAttachments.portfolioItemId), eq(portfolioItems.ownerId, row.youngPersonId)))
      .where(eq(applicationAttachments.applicationId, row.id))
      .orderBy(asc(portfolioItems.title)),
    db
      .select({
        toStatus: applicationStatusHistory.toStatus,
        note: applicationStatusHistory.note,
        at: applicationStatusHistory.createdAt,
        byYoungPerson: sql<boolean>`${applicationStatusHistory.changedById} = ${row.youngPersonId}`,
      })
      .from(applicationStatusHistory)
      .where(eq(applicationStatusHistory.applicationId, row.id))
      .orderBy(asc(applicationStatusHistory.createdAt)),
  ]);
  const isCourse = row.courseId !== null;
  return {
    id: row.id,
    status: row.status,
    target: {
      kind: isCourse ? 'course' : 'vacancy',
      title: (isCourse ? row.courseTitle : row.vacancyTitle) ?? '',
      offeredBy: row.offeredBy,
      href: isCourse ? `/courses/${row.courseSlug}` : `/vacancies/${row.vacancyId}`,
      isOpen: isCourse ? row.courseStatus === 'published' : row.isVacancyOpen,
      closesOn: row.vacancyClosesOn,
    },
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    interviewAt: row.interviewAt,
    offerConditions: row.offerConditions,
    decisionReason: row.decisionReason,
    remindedAt: row.remindedAt,
    questions: questions.map(({ answerMediaId, answerMediaKind, isVoiceOrVideoAllowed, ...question }) => ({
      ...question,
      isVoiceOrVideoAllowed: isVoiceOrVideoAllowed && (row.vacancyAcceptsVoiceAndVideo ?? true),
      answerMedia: answerMediaId && (answerMediaKind === 'audio' || answerMediaKind === 'video') ? { id: answerMediaId, kind: answerMediaKind } : null,
    })),
    attachments,
    history: history.map((entry) => ({ ...entry, byYoungPerson: Boolean(entry.byYoungPerson) })),
    sentProfile: row.sentProfile,
    youngPersonName: row.youngPersonName,
  };
}

/** Young people only: one of their own applications, or null. */
export async function getOwnApplication({
  actorId,
  applicationId,
  now,
  rules,
}: Actor & { applicationId: string; now: Date; rules: FreshnessRules }): Promise<ApplicationDetail | null> {
  return loadDetail(applicationId, eq(applications.youngPersonId, actorId), { now, rules });
}

/**
 * Young people only: saves answers on their own draft. Answers to questions of another course or vacancy are
 * ignored. `media` sets a question's recording (null removes it; a question not named keeps what it had); a
 * recording must be the actor's own sound or video, and the question must allow one, or nothing is saved.
 */
export async function saveAnswers({
  actorId,
  applicationId,
  answers,
  media = {},
  otherVersions = [],
}: Actor & {
  applicationId: string;
  answers: Record<string, string>;
  media?: Record<string, string | null>;
  /** Versions not kept when answers typed offline were merged (decision 022), stored for the person to see. */
  otherVersions?: Pick<AnswerNote, 'questionId' | 'otherValue'>[];
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select({ id: applications.id, courseId: applications.courseId, vacancyId: applications.vacancyId })
      .from(applications)
      .where(and(eq(applications.id, applicationId), eq(applications.youngPersonId, actorId), eq(applications.status, 'draft')));
    if (!application) return false;
    const questionIds = [...new Set([...Object.keys(answers), ...Object.keys(media), ...otherVersions.map((note) => note.questionId)])];
    if (questionIds.length === 0) return true;
    const mediaIds = Object.values(media).filter((id): id is string => id !== null);
    if (mediaIds.length > 0) {
      const owned = await tx
        .select({ id: mediaAssets.id })
        .from(mediaAssets)
        .where(and(inArray(mediaAssets.id, mediaIds), eq(mediaAssets.ownerId, actorId), inArray(mediaAssets.kind, ['audio', 'video'])));
      if (owned.length !== new Set(mediaIds).size) return false;
    }
    const [vacancy] = application.vacancyId
      ? await tx.select({ accepts: vacancies.acceptsVoiceAndVideo }).from(vacancies).where(eq(vacancies.id, application.vacancyId))
      : [{ accepts: true }];
    const questions = await tx
      .select({ id: applicationQuestions.id, isVoiceOrVideoAllowed: applicationQuestions.isVoiceOrVideoAllowed })
      .from(applicationQuestions)
      .where(
        and(
          inArray(applicationQuestions.id, questionIds),
          application.courseId
            ? eq(applicationQuestions.courseId, application.courseId)
            : eq(applicationQuestions.vacancyId, application.vacancyId as string),
        ),
      );
    // Checked before anything is written, so a refused recording saves nothing.
    if (questions.some((question) => media[question.id] && !(question.isVoiceOrVideoAllowed && vacancy?.accepts))) return false;
    for (const question of questions) {
      const mediaId = media[question.id];
      const set = {
        ...(question.id in answers ? { text: answers[question.id] ?? '' } : {}),
        ...(mediaId !== undefined ? { mediaId } : {}),
      };
      // Named only for a kept version (below): its answer stays as it is.
      if (Object.keys(set).length === 0) continue;
      // Only an answer that really changed is written, so its updated_at says when it was last changed
      // (offline edits are merged against it: lib/applications/offline-answers.ts).
      const changed = [
        'text' in set ? sql`${applicationAnswers.text} is distinct from excluded.text` : undefined,
        'mediaId' in set ? sql`${applicationAnswers.mediaId} is distinct from excluded.media_id` : undefined,
      ].filter((condition) => condition !== undefined);
      await tx
        .insert(applicationAnswers)
        .values({ applicationId, questionId: question.id, text: answers[question.id] ?? '', mediaId: mediaId ?? null })
        .onConflictDoUpdate({
          target: [applicationAnswers.applicationId, applicationAnswers.questionId],
          set,
          setWhere: changed.length > 0 ? or(...changed) : undefined,
        });
    }
    const questionsHere = new Set(questions.map((question) => question.id));
    const notes = otherVersions.filter((note) => questionsHere.has(note.questionId));
    if (notes.length > 0) {
      const stored = await tx
        .select({ questionId: answerOtherVersions.questionId, text: answerOtherVersions.text })
        .from(answerOtherVersions)
        .where(eq(answerOtherVersions.applicationId, applicationId));
      const fresh = otherVersionsToStore(notes, stored);
      if (fresh.length > 0) await tx.insert(answerOtherVersions).values(fresh.map((version) => ({ applicationId, ...version })));
    }
    await tx.update(applications).set({ updatedAt: new Date() }).where(eq(applications.id, applicationId));
    return true;
  });
}

export type OtherVersion = { id: string; questionId: string; text: string };

/** Young people only: the other versions kept on their own draft's answers (decision 022), oldest first. */
export async function findOwnOtherVersions({ actorId, applicationId }: Actor & { applicationId: string }): Promise<OtherVersion[]> {
  return db
    .select({ id: answerOtherVersions.id, questionId: answerOtherVersions.questionId, text: answerOtherVersions.text })
    .from(answerOtherVersions)
    .innerJoin(applications, eq(applications.id, answerOtherVersions.applicationId))
    .where(and(eq(answerOtherVersions.applicationId, applicationId), eq(applications.youngPersonId, actorId), eq(applications.status, 'draft')))
    .orderBy(asc(answerOtherVersions.createdAt));
}

/**
 * Young people only: uses one kept version as the answer (`use`), or lets it go (`dismiss`), on their own
 * draft. False when it is not theirs, or already gone.
 */
export async function settleOtherVersion({
  actorId,
  applicationId,
  versionId,
  choice,
}: Actor & { applicationId: string; versionId: string; choice: 'use' | 'dismiss' }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [version] = await tx
      .select({ id: answerOtherVersions.id, questionId: answerOtherVersions.questionId, text: answerOtherVersions.text })
      .from(answerOtherVersions)
      .innerJoin(applications, eq(applications.id, answerOtherVersions.applicationId))
      .where(
        and(
          eq(answerOtherVersions.id, versionId),
          eq(answerOtherVersions.applicationId, applicationId),
          eq(applications.youngPersonId, actorId),
          eq(applications.status, 'draft'),
        ),
      );
    if (!version) return false;
    if (choice === 'use') {
      await tx
        .insert(applicationAnswers)
        .values({ applicationId, questionId: version.questionId, text: version.text })
        .onConflictDoUpdate({ target: [applicationAnswers.applicationId, applicationAnswers.questionId], set: { text: version.text } });
      await tx.update(applications).set({ updatedAt: new Date() }).where(eq(applications.id, applicationId));
    }
    await tx.delete(answerOtherVersions).where(eq(answerOtherVersions.id, version.id));
    return true;
  });
}

/**
 * Young people only: the saved text of each answer on their own draft and when it last changed, by question
 * id, to merge answers typed offline (decision 017). Null when it is not their own draft.
 */
export async function getOwnDraftAnswerTexts({
  actorId,
  applicationId,
}: Actor & { applicationId: string }): Promise<Record<string, { text: string; updatedAt: Date }> | null> {
  const [application] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.youngPersonId, actorId), eq(applications.status, 'draft')));
  if (!application) return null;
  const rows = await db
    .select({ questionId: applicationAnswers.questionId, text: applicationAnswers.text, updatedAt: applicationAnswers.updatedAt })
    .from(applicationAnswers)
    .where(eq(applicationAnswers.applicationId, applicationId));
  return Object.fromEntries(rows.map((row) => [row.questionId, { text: row.text, updatedAt: row.updatedAt }]));
}

export type OwnPortfolioItem = { id: string; title: string; body: string };

/** Young people only: their own portfolio items, to choose what to show with an application. */
export async function findOwnPortfolioItems({ actorId }: Actor): Promise<OwnPortfolioItem[]> {
  return db
    .select({ id: portfolioItems.id, title: portfolioItems.title, body: portfolioItems.body })
    .from(portfolioItems)
    .where(eq(portfolioItems.ownerId, actorId))
    .orderBy(asc(portfolioItems.section), asc(portfolioItems.position), asc(portfolioItems.title));
}

/** Young people only: chooses which of their own portfolio items go with their own draft. */
export async function setAttachments({
  actorId,
  applicationId,
  portfolioItemIds,
}: Actor & { applicationId: string; portfolioItemIds: string[] }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.id, applicationId), eq(applications.youngPersonId, actorId), eq(applications.status, 'draft')));
    if (!application) return false;
    await tx.delete(applicationAttachments).where(eq(applicationAttachments.applicationId, applicationId));
    if (portfolioItemIds.length === 0) return true;
    const owned = await tx
      .select({ id: portfolioItems.id })
      .from(portfolioItems)
      .where(and(eq(portfolioItems.ownerId, actorId), inArray(portfolioItems.id, portfolioItemIds)));
    if (owned.length > 0) {
      await tx.insert(applicationAttachments).values(owned.map((item) => ({ applicationId, portfolioItemId: item.id })));
    }
    return true;
  });
}

/** The email addresses of the staff of the provider (or else the employer) an application went to. */
async function staffEmailsFor(tx: Transaction, { providerId, employerId }: { providerId: string | null; employerId: string | null }) {
  if (!providerId && !employerId) return [];
  const staff = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(providerId ? eq(memberships.providerId, providerId) : eq(memberships.employerId, employerId as string));
  return staff.flatMap((member) => (member.email ? [member.email] : []));
}

export type SubmitResult =
  | { outcome: 'submitted'; phone: string | null; title: string; offeredBy: string; staffEmails: string[]; youngPersonName: string }
  | { outcome: 'already-sent'; phone: string | null; title: string; offeredBy: string }
  | { outcome: 'closed' | 'profile-not-done' };

/**
 * Young people only: sends their own draft. Checks the course or vacancy is still open, freezes the profile
 * as it is now (what staff will see), and moves draft → submitted through the state machine. Sending twice is
 * harmless: the second time says it was already sent.
 */
export async function submitApplication({
  actorId,
  applicationId,
  now,
  rules,
  isProfileDone,
}: Actor & { applicationId: string; now: Date; rules: FreshnessRules; isProfileDone: (profile: OwnProfile) => boolean }): Promise<SubmitResult | null> {
  const detail = await getOwnApplication({ actorId, applicationId, now, rules });
  if (!detail) return null;
  const profile = await getApplicationProfile({ actorId });
  if (!profile) return null;
  const message = { phone: profile.contactPhone ?? profile.accountPhone, title: detail.target.title, offeredBy: detail.target.offeredBy };
  if (detail.status !== 'draft') return { outcome: 'already-sent', ...message };
  if (!detail.target.isOpen) return { outcome: 'closed' };
  if (!isProfileDone(profile)) return { outcome: 'profile-not-done' };
  const sentProfile = sentProfileFrom(profile);
  const staffEmails = await db.transaction(async (tx) => {
    const change = await changeStatusIn(tx, { actorId, applicationId, change: { to: 'submitted' }, now });
    if (!change.ok) return null;
    await tx.update(applications).set({ sentProfile }).where(eq(applications.id, applicationId));
    const [target] = await tx
      .select({ courseProviderId: courses.providerId, vacancyProviderId: vacancies.providerId, vacancyEmployerId: vacancies.employerId })
      .from(applications)
      .leftJoin(courses, eq(courses.id, applications.courseId))
      .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
      .where(eq(applications.id, applicationId));
    return staffEmailsFor(tx, {
      providerId: target?.courseProviderId ?? target?.vacancyProviderId ?? null,
      employerId: target?.vacancyEmployerId ?? null,
    });
  });
  // Lost a race with a second press: that press sent it.
  if (!staffEmails) return { outcome: 'already-sent', ...message };
  return { outcome: 'submitted', ...message, staffEmails, youngPersonName: sentProfile.name || 'A young person' };
}

export type OwnApplicationSummary = {
  id: string;
  status: ApplicationStatus;
  title: string;
  offeredBy: string;
  kind: 'course' | 'vacancy';
  createdAt: Date;
  submittedAt: Date | null;
  updatedAt: Date;
  interviewAt: Date | null;
};

/** Young people only: all their own applications, newest first. */
export async function findOwnApplications({ actorId }: Actor): Promise<OwnApplicationSummary[]> {
  const rows = await db
    .select({
      id: applications.id,
      status: applications.status,
      title: sql<string>`coalesce(${courses.title}, ${vacancies.title})`,
      offeredBy: offeredByName,
      courseId: applications.courseId,
      createdAt: applications.createdAt,
      submittedAt: applications.submittedAt,
      updatedAt: applications.updatedAt,
      interviewAt: applications.interviewAt,
    })
    .from(applications)
    .leftJoin(courses, eq(courses.id, applications.courseId))
    .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(providers, or(eq(providers.id, courses.providerId), eq(providers.id, vacancies.providerId)))
    .where(eq(applications.youngPersonId, actorId))
    .orderBy(desc(applications.updatedAt));
  return rows.map(({ courseId, ...row }) => ({ ...row, kind: courseId ? 'course' : 'vacancy' }));
}

/**
 * Young people only: a polite reminder to the provider or employer about their own sent application that has
 * had no reply. Returns the staff email addresses to tell, or null when they may not send one now.
 */
export async function recordReminder({
  actorId,
  applicationId,
  now,
  canRemind,
}: Actor & { applicationId: string; now: Date; canRemind: (a: { status: ApplicationStatus; submittedAt: Date | null; remindedAt: Date | null }) => boolean }): Promise<
  { emails: string[]; title: string; youngPersonName: string } | null
> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        status: applications.status,
        submittedAt: applications.submittedAt,
        remindedAt: applications.remindedAt,
        courseProviderId: courses.providerId,
        vacancyProviderId: vacancies.providerId,
        vacancyEmployerId: vacancies.employerId,
        title: sql<string>`coalesce(${courses.title}, ${vacancies.title})`,
        youngPersonName: users.name,
      })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.youngPersonId))
      .leftJoin(courses, eq(courses.id, applications.courseId))
      .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
      .where(and(eq(applications.id, applicationId), eq(applications.youngPersonId, actorId)));
    if (!row || !canRemind(row)) return null;
    await tx.update(applications).set({ remindedAt: now }).where(eq(applications.id, applicationId));
    const emails = await staffEmailsFor(tx, { providerId: row.courseProviderId ?? row.vacancyProviderId, employerId: row.vacancyEmployerId });
    return {
      emails,
      title: row.title,
      youngPersonName: row.youngPersonName ?? 'A young person',
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The provider's or employer's inbox

export type InboxEntry = {
  id: string;
  status: ApplicationStatus;
  youngPersonName: string | null;
  title: string;
  submittedAt: Date | null;
  interviewAt: Date | null;
};

/** Provider and employer staff only: sent applications to their own organisation's courses and vacancies, newest first. */
export async function findInboxApplications({ actorId }: Actor): Promise<InboxEntry[]> {
  const actor = await actorRole(db, actorId);
  if (actor?.role !== 'provider_staff' && actor?.role !== 'employer_staff') return [];
  return db
    .select({
      id: applications.id,
      status: applications.status,
      youngPersonName: users.name,
      title: sql<string>`coalesce(${courses.title}, ${vacancies.title})`,
      submittedAt: applications.submittedAt,
      interviewAt: applications.interviewAt,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.youngPersonId))
    .leftJoin(courses, eq(courses.id, applications.courseId))
    .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .where(and(ne(applications.status, 'draft'), eq(applications.laId, actor.laId), isStaffOf(actorId)))
    .orderBy(desc(applications.submittedAt));
}

/**
 * Provider and employer staff only: one sent application to their own organisation. Opening a new one marks
 * it read (submitted → viewed). Shows what was sent, never the young person's wider CV.
 */
export async function openInboxApplication({
  actorId,
  applicationId,
  now,
  rules,
}: Actor & { applicationId: string; now: Date; rules: FreshnessRules }): Promise<ApplicationDetail | null> {
  const actor = await actorRole(db, actorId);
  if (actor?.role !== 'provider_staff' && actor?.role !== 'employer_staff') return null;
  const visibility = and(ne(applications.status, 'draft'), eq(applications.laId, actor.laId), isStaffOf(actorId))!;
  const detail = await loadDetail(applicationId, visibility, { now, rules });
  if (detail?.status === 'submitted') {
    await changeApplicationStatus({ actorId, applicationId, change: { to: 'viewed' }, now });
    return hideContactForSafety(await loadDetail(applicationId, visibility, { now, rules }), actorId);
  }
  return hideContactForSafety(detail, actorId);
}

/** Under a safety flag, the phone and email sent with an application are hidden from staff not named on it. */
async function hideContactForSafety(detail: ApplicationDetail | null, actorId: string): Promise<ApplicationDetail | null> {
  if (!detail?.sentProfile) return detail;
  const [flag] = await db
    .select({
      isOn: youngPeople.isLocationHidden,
      isNamed: sql<boolean>`exists (select 1 from ${safetyNamedStaff} where ${safetyNamedStaff.youngPersonId} = ${youngPeople.userId} and ${safetyNamedStaff.staffId} = ${actorId})`,
    })
    .from(applications)
    .innerJoin(youngPeople, eq(youngPeople.userId, applications.youngPersonId))
    .where(eq(applications.id, detail.id));
  if (!flag?.isOn) return detail;
  const sentProfile = withContactDetailsFor(detail.sentProfile, { isOn: true, namedStaffIds: flag.isNamed ? [actorId] : [] }, actorId);
  return { ...detail, sentProfile };
}

/**
 * Provider and employer staff only: a stored recording sent with an application to their own organisation
 * (an answer, or the recorded "about you"), for the player on the application page; or null, as for a file
 * that does not exist.
 */
export async function getApplicationMediaForStaff({
  actorId,
  applicationId,
  mediaId,
}: Actor & { applicationId: string; mediaId: string }): Promise<{ storageKey: string; contentType: string; kind: 'audio' | 'video' } | null> {
  const actor = await actorRole(db, actorId);
  if (actor?.role !== 'provider_staff' && actor?.role !== 'employer_staff') return null;
  const [row] = await db
    .select({ storageKey: mediaAssets.storageKey, contentType: mediaAssets.contentType, kind: mediaAssets.kind })
    .from(applications)
    .innerJoin(mediaAssets, and(eq(mediaAssets.id, mediaId), eq(mediaAssets.ownerId, applications.youngPersonId)))
    .leftJoin(courses, eq(courses.id, applications.courseId))
    .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .where(
      and(
        eq(applications.id, applicationId),
        // An answer's recording on this application, or the recorded "about you" sent with it.
        or(
          exists(
            db
              .select({ one: sql`1` })
              .from(applicationAnswers)
              .where(and(eq(applicationAnswers.applicationId, applications.id), eq(applicationAnswers.mediaId, mediaId))),
          ),
          sql`${applications.sentProfile}->>'personalStatementMediaId' = ${mediaId}`,
        ),
        ne(applications.status, 'draft'),
        eq(applications.laId, actor.laId),
        isStaffOf(actorId),
      ),
    );
  if (!row || (row.kind !== 'audio' && row.kind !== 'video')) return null;
  return { ...row, kind: row.kind };
}

/** For texts to the young person after a staff decision: where to send it and what it is about. Staff of that application only. */
export async function getApplicantContact({ actorId, applicationId }: Actor & { applicationId: string }): Promise<{
  youngPersonId: string;
  phone: string | null;
  title: string;
  offeredBy: string;
} | null> {
  const [row] = await db
    .select({
      youngPersonId: applications.youngPersonId,
      phone: sql<string | null>`coalesce(${applicationProfiles.contactPhone}, ${users.phone})`,
      title: sql<string>`coalesce(${courses.title}, ${vacancies.title})`,
      offeredBy: offeredByName,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.youngPersonId))
    .leftJoin(applicationProfiles, eq(applicationProfiles.userId, applications.youngPersonId))
    .leftJoin(courses, eq(courses.id, applications.courseId))
    .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(providers, or(eq(providers.id, courses.providerId), eq(providers.id, vacancies.providerId)))
    .where(and(eq(applications.id, applicationId), ne(applications.status, 'draft'), isStaffOf(actorId)));
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// September Guarantee

export type SeptemberFacts = { dateOfBirth: string | null; hasApplied: boolean; hasOffer: boolean };

const SENT = sql`${applications.status} not in ('draft', 'withdrawn')`;
const HOLDING_OFFER = sql`${applications.status} in ('offer', 'accepted')`;

/** Young people only: their own date of birth and whether they have applied or hold an offer. */
export async function getOwnSeptemberFacts({ actorId }: Actor): Promise<SeptemberFacts | null> {
  const [row] = await db
    .select({
      dateOfBirth: youngPeople.dateOfBirth,
      hasApplied: sql<boolean>`exists (select 1 from ${applications} where ${applications.youngPersonId} = ${users.id} and ${SENT})`,
      hasOffer: sql<boolean>`exists (select 1 from ${applications} where ${applications.youngPersonId} = ${users.id} and ${HOLDING_OFFER})`,
    })
    .from(users)
    .leftJoin(youngPeople, eq(youngPeople.userId, users.id))
    .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
  return row ? { dateOfBirth: row.dateOfBirth, hasApplied: Boolean(row.hasApplied), hasOffer: Boolean(row.hasOffer) } : null;
}

export type SeptemberList = {
  /** Counts for each of Years 11 and 12, over everyone the actor's list covers. */
  counts: SeptemberCounts;
  /** The people, by the filter; null for a council admin who has not written down why they need names. */
  rows: (SeptemberRow & { id: string })[] | null;
};

/**
 * Advisers and council admins: the September Guarantee list, one query for both, scoped by who is asking.
 * An adviser gets their own caseload (the basic record PAs keep). A council admin gets every young person in
 * their own council's area as counts; names only with a written reason, as lib/privacy/access.ts says, and
 * each person named is logged for them to see with the reason. Anyone else gets null.
 */
export async function findSeptemberList({
  actorId,
  today,
  filter,
  reason,
  now,
  config,
}: Actor & { today: string; filter: SeptemberFilter; reason: string | null; now: Date; config: PrivacyConfig }): Promise<SeptemberList | null> {
  const actor = await db
    .select({ id: users.id, role: users.role, laId: users.laId, canSearchYoungPeople: users.canSearchYoungPeople })
    .from(users)
    .where(eq(users.id, actorId))
    .then((found) => found[0]);
  if (!actor || (actor.role !== 'adviser' && actor.role !== 'la_admin')) return null;
  const isAdviser = actor.role === 'adviser';
  const people = await db
    .select({
      id: users.id,
      name: users.name,
      dateOfBirth: youngPeople.dateOfBirth,
      applications: sql<number>`(select count(*)::int from ${applications} where ${applications.youngPersonId} = ${users.id} and ${SENT})`,
      hasOffer: sql<boolean>`exists (select 1 from ${applications} where ${applications.youngPersonId} = ${users.id} and ${HOLDING_OFFER})`,
    })
    .from(users)
    .leftJoin(youngPeople, eq(youngPeople.userId, users.id))
    .where(
      and(
        eq(users.laId, actor.laId),
        eq(users.role, 'young_person'),
        isAdviser
          ? exists(db.select({ one: sql`1` }).from(caseloads).where(and(eq(caseloads.adviserId, actorId), eq(caseloads.youngPersonId, users.id))))
          : undefined,
      ),
    )
    .orderBy(asc(users.name));
  const facts = people.map((person) => ({ ...person, hasOffer: Boolean(person.hasOffer) }));
  const counts = countSeptember(septemberRows(facts, today, 'all'));
  if (isAdviser) return { counts, rows: septemberRows(facts, today, filter) };
  const birthdays = new Map(facts.map((person) => [person.id, person.dateOfBirth]));
  // The access rule decides for each person, so a change to it (say, consent needed) applies here too.
  const rows = septemberRows(facts, today, filter).filter((row) =>
    decideAccess(
      { viewer: actor, youngPerson: { id: row.id, laId: actor.laId, dateOfBirth: birthdays.get(row.id) ?? null }, isOnCaseload: false, grants: [], reason, now },
      config,
    ),
  );
  if (!isReasonGiven(reason)) return { counts, rows: null };
  await logListView({ actorId, laId: actor.laId, subjectIds: rows.map((row) => row.id), what: SEPTEMBER_LIST_WHAT, reason });
  return { counts, rows };
}

/** What a young person reads in "Who looked at my record" when a council admin lists them. */
const SEPTEMBER_LIST_WHAT = 'your name, school year, and whether you have applied or have an offer for September';

// ---------------------------------------------------------------------------------------------------------------
// Reminders (the jobs runner only: it acts for the service, not for a person)

export type ReminderCandidate = {
  id: string;
  youngPersonId: string;
  status: ApplicationStatus;
  updatedAt: Date;
  interviewAt: Date | null;
  remindersSent: string[];
  phone: string | null;
  title: string;
  offerChangedAt: Date | null;
};

/** The service's reminder job only: drafts, interviews and offers that might need a reminder text. */
export async function findReminderCandidates(): Promise<ReminderCandidate[]> {
  return db
    .select({
      id: applications.id,
      youngPersonId: applications.youngPersonId,
      status: applications.status,
      updatedAt: applications.updatedAt,
      interviewAt: applications.interviewAt,
      remindersSent: applications.remindersSent,
      phone: sql<string | null>`coalesce(${applicationProfiles.contactPhone}, ${users.phone})`,
      title: sql<string>`coalesce(${courses.title}, ${vacancies.title})`,
      offerChangedAt: sql<Date | null>`(select max(${applicationStatusHistory.createdAt}) from ${applicationStatusHistory}
        where ${applicationStatusHistory.applicationId} = ${applications.id} and ${applicationStatusHistory.toStatus} = 'offer')`.mapWith(
        (value: string | Date | null) => (value ? new Date(value) : null),
      ),
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.youngPersonId))
    .leftJoin(applicationProfiles, eq(applicationProfiles.userId, applications.youngPersonId))
    .leftJoin(courses, eq(courses.id, applications.courseId))
    .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .where(inArray(applications.status, ['draft', 'interview', 'offer']));
}

/** The service's reminder job only: records a reminder as sent, so it goes once. */
export async function markReminderSent({ applicationId, key }: { applicationId: string; key: string }): Promise<void> {
  await db
    .update(applications)
    .set({ remindersSent: sql`array_append(${applications.remindersSent}, ${key})`, updatedAt: sql`${applications.updatedAt}` })
    .where(and(eq(applications.id, applicationId), sql`not (${key} = any(${applications.remindersSent}))`));
}
