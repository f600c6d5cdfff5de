import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lte, ne } from 'drizzle-orm';
import type { ActionStepInput } from '@/lib/action-plans/schemas';
import { type ActionStepPicture, type ActionStepStatus, canEditStep, canMoveStep, handOverStepText, type StepActor, type StepLink } from '@/lib/action-plans/status';
import type { StepReminderCandidate } from '@/lib/action-plans/reminders';
import { isUuid } from '@/lib/media/keys';
import type { PrivacyConfig } from '@/lib/privacy/access';
import { db } from '../client';
import { actionSteps, caseloads, savedItems, users } from '../schema';
import { getStaffAccess, logRecordView } from './privacy';

// Action plans: the next steps a young person and their adviser agreed. The young person reads and ticks their
// own; an adviser reads and changes them only for someone on their caseload, or who let them see "about you".
// Every status change goes through lib/action-plans/status.ts.

export type PlanStep = {
  id: string;
  text: string;
  picture: ActionStepPicture | null;
  links: StepLink[];
  dueOn: string;
  status: Exclude<ActionStepStatus, 'removed'>;
  doneAt: Date | null;
};

const stepColumns = {
  id: actionSteps.id,
  text: actionSteps.text,
  picture: actionSteps.picture,
  links: actionSteps.links,
  dueOn: actionSteps.dueOn,
  status: actionSteps.status,
  doneAt: actionSteps.doneAt,
};

function toPlanStep(row: { status: ActionStepStatus } & Omit<PlanStep, 'status'>): PlanStep {
  return { ...row, status: row.status === 'done' ? 'done' : 'to_do' };
}

/** Steps to do first (soonest due first), then the ones done. */
function inPlanOrder(steps: PlanStep[]): PlanStep[] {
  return [...steps.filter((step) => step.status === 'to_do'), ...steps.filter((step) => step.status === 'done')];
}

/** A young person only: their own plan, without removed steps. */
export async function findOwnPlan({ actorId }: { actorId: string }): Promise<PlanStep[]> {
  const rows = await db
    .select(stepColumns)
    .from(actionSteps)
    .where(and(eq(actionSteps.youngPersonId, actorId), ne(actionSteps.status, 'removed')))
    .orderBy(asc(actionSteps.dueOn), asc(actionSteps.createdAt));
  return inPlanOrder(rows.map(toPlanStep));
}

/** A young person only: one of their own steps, or null (another person's step looks like a missing one). */
export async function getOwnStep({ actorId, stepId }: { actorId: string; stepId: string }): Promise<PlanStep | null> {
  if (!isUuid(stepId)) return null;
  const [row] = await db
    .select(stepColumns)
    .from(actionSteps)
    .where(and(eq(actionSteps.id, stepId), eq(actionSteps.youngPersonId, actorId), ne(actionSteps.status, 'removed')));
  return row ? toPlanStep(row) : null;
}

async function moveStep({
  stepId,
  youngPersonId,
  to,
  by,
  now,
}: {
  stepId: string;
  youngPersonId: string;
  to: ActionStepStatus;
  by: StepActor;
  now: Date;
}): Promise<'moved' | 'not-found' | 'not-allowed'> {
  const [step] = await db
    .select({ status: actionSteps.status })
    .from(actionSteps)
    .where(and(eq(actionSteps.id, stepId), eq(actionSteps.youngPersonId, youngPersonId)));
  if (!step || step.status === 'removed') return 'not-found';
  if (!canMoveStep(step.status, to, by)) return 'not-allowed';
  const moved = await db
    .update(actionSteps)
    .set({ status: to, doneAt: to === 'done' ? now : null })
    // Only from the status we checked: two presses at once change it once.
    .where(and(eq(actionSteps.id, stepId), eq(actionSteps.status, step.status)))
    .returning({ id: actionSteps.id });
  return moved.length > 0 ? 'moved' : 'not-allowed';
}

/** A young person only: ticks one of their own steps done, or back to do. */
export async function setOwnStepStatus({
  actorId,
  stepId,
  to,
  now,
}: {
  actorId: string;
  stepId: string;
  to: ActionStepStatus;
  now: Date;
}): Promise<'moved' | 'not-found' | 'not-allowed'> {
  if (!isUuid(stepId)) return 'not-found';
  return moveStep({ stepId, youngPersonId: actorId, to, by: 'young_person', now });
}

type PlanAccess = NonNullable<Awaited<ReturnType<typeof getStaffAccess>>>;

/** The plan is part of "about them": their own adviser, or staff they let see that part. */
function canSeePlan(access: PlanAccess): boolean {
  const { basis, parts } = access.decision;
  return (basis === 'caseload' || basis === 'consent') && parts.includes('profile');
}

async function getPlanAccess(args: { actorId: string; youngPersonId: string; now: Date; config: PrivacyConfig }): Promise<PlanAccess | null> {
  const access = await getStaffAccess({ ...args, reason: null });
  return access && canSeePlan(access) ? access : null;
}

/**
 * Staff: a young person's plan, or null when they may not see it. Does not log: the record page that shows
 * it logs the whole view once.
 */
export async function findPlanForStaff(args: { actorId: string; youngPersonId: string; now: Date; config: PrivacyConfig }): Promise<PlanStep[] | null> {
  if (!(await getPlanAccess(args))) return null;
  const rows = await db
    .select(stepColumns)
    .from(actionSteps)
    .where(and(eq(actionSteps.youngPersonId, args.youngPersonId), ne(actionSteps.status, 'removed')))
    .orderBy(asc(actionSteps.dueOn), asc(actionSteps.createdAt));
  return inPlanOrder(rows.map(toPlanStep));
}

/** Staff: one step of a young person's plan to change, logged as a look at their plan; null when they may not. */
export async function getStepForStaff({
  actorId,
  youngPersonId,
  stepId,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  stepId: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<{ step: PlanStep; name: string | null } | null> {
  if (!isUuid(stepId)) return null;
  const access = await getPlanAccess({ actorId, youngPersonId, now, config });
  if (!access) return null;
  const [row] = await db
    .select(stepColumns)
    .from(actionSteps)
    .where(and(eq(actionSteps.id, stepId), eq(actionSteps.youngPersonId, youngPersonId), ne(actionSteps.status, 'removed')));
  if (!row) return null;
  await logRecordView({ actorId, access, what: 'a step on your plan', reason: null });
  return { step: toPlanStep(row), name: access.youngPerson.name };
}

/** Advisers: adds a step to the plan of a young person they may see. Null when they may not. */
export async function createStep({
  actorId,
  youngPersonId,
  input,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  input: ActionStepInput;
  now: Date;
  config: PrivacyConfig;
}): Promise<{ id: string } | null> {
  const access = await getPlanAccess({ actorId, youngPersonId, now, config });
  if (!access) return null;
  const [created] = await db
    .insert(actionSteps)
    .values({
      youngPersonId,
      createdById: actorId,
      text: input.text,
      picture: input.picture,
      links: input.link ? [input.link] : [],
      dueOn: input.dueOn,
    })
    .returning({ id: actionSteps.id });
  await logRecordView({ actorId, access, what: 'your plan (they added a step)', reason: null });
  return created ?? null;
}

/** Advisers: changes a step's words, picture, link or day. A new day means a new reminder. */
export async function updateStep({
  actorId,
  youngPersonId,
  stepId,
  input,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  stepId: string;
  input: ActionStepInput;
  now: Date;
  config: PrivacyConfig;
}): Promise<boolean> {
  if (!isUuid(stepId)) return false;
  const access = await getPlanAccess({ actorId, youngPersonId, now, config });
  if (!access) return false;
  const [step] = await db
    .select({ status: actionSteps.status, dueOn: actionSteps.dueOn, links: actionSteps.links })
    .from(actionSteps)
    .where(and(eq(actionSteps.id, stepId), eq(actionSteps.youngPersonId, youngPersonId)));
  if (!step || !canEditStep(step.status)) return false;
  // A hand-over step keeps its several links unless the adviser sets one.
  const links = input.link ? [input.link] : step.links.length > 1 ? step.links : [];
  await db
    .update(actionSteps)
    .set({
      text: input.text,
      picture: input.picture,
      links,
      dueOn: input.dueOn,
      ...(input.dueOn !== step.dueOn ? { reminderSentAt: null } : {}),
    })
    .where(eq(actionSteps.id, stepId));
  await logRecordView({ actorId, access, what: 'your plan (they changed a step)', reason: null });
  return true;
}

/** Advisers: marks a step done, back to do, or removes it, through the state machine. */
export async function setStepStatusByStaff({
  actorId,
  youngPersonId,
  stepId,
  to,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  stepId: string;
  to: ActionStepStatus;
  now: Date;
  config: PrivacyConfig;
}): Promise<'moved' | 'not-found' | 'not-allowed'> {
  if (!isUuid(stepId)) return 'not-found';
  const access = await getPlanAccess({ actorId, youngPersonId, now, config });
  if (!access) return 'not-found';
  const result = await moveStep({ stepId, youngPersonId, to, by: 'adviser', now });
  if (result === 'moved') {
    const what = to === 'removed' ? 'your plan (they removed a step)' : 'your plan (they changed a step)';
    await logRecordView({ actorId, access, what, reason: null });
  }
  return result;
}

/**
 * Advisers, in present mode: hands what they found together to a young person on their own caseload, found by
 * the mobile number the young person typed. Adds one step with the links. Null when the number is not one of
 * theirs (the screen says only that, never whose number it is).
 */
export async function handOverToYoungPerson({
  actorId,
  phone,
  links,
  saved,
  dueOn,
  now,
  config,
}: {
  actorId: string;
  phone: string;
  links: StepLink[];
  /** A present-mode shortlist: these courses and vacancies also go on the young person's saved list. */
  saved?: { courseIds: string[]; vacancyIds: string[] };
  dueOn: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<{ stepId: string } | null> {
  const [person] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(caseloads, and(eq(caseloads.youngPersonId, users.id), eq(caseloads.adviserId, actorId)))
    .where(and(eq(users.phone, phone), eq(users.role, 'young_person')));
  if (!person) return null;
  const access = await getStaffAccess({ actorId, youngPersonId: person.id, reason: null, now, config });
  if (!access || access.decision.basis !== 'caseload') return null;
  const courseIds = saved?.courseIds ?? [];
  const vacancyIds = saved?.vacancyIds ?? [];
  const created = await db.transaction(async (tx) => {
    const [step] = await tx
      .insert(actionSteps)
      .values({ youngPersonId: person.id, createdById: actorId, text: handOverStepText(links.length), picture: 'explore', links, dueOn })
      .returning({ id: actionSteps.id });
    const rows = [
      ...courseIds.map((courseId) => ({ userId: person.id, courseId, vacancyId: null })),
      ...vacancyIds.map((vacancyId) => ({ userId: person.id, courseId: null, vacancyId })),
    ];
    // Already saved stays saved once (saved_items_unique).
    if (rows.length > 0) await tx.insert(savedItems).values(rows).onConflictDoNothing();
    return step;
  });
  const what =
    courseIds.length + vacancyIds.length > 0
      ? 'your plan and your saved list (they handed over the shortlist you made together)'
      : 'your plan (they handed over what you found together)';
  await logRecordView({ actorId, access, what, reason: null });
  return created ? { stepId: created.id } : null;
}

/** The reminder job only: steps still to do that are due between two UK days, not yet reminded. */
export async function findStepReminderCandidates({ from, to }: { from: string; to: string }): Promise<StepReminderCandidate[]> {
  return db
    .select({
      id: actionSteps.id,
      youngPersonId: actionSteps.youngPersonId,
      text: actionSteps.text,
      status: actionSteps.status,
      dueOn: actionSteps.dueOn,
      reminderSentAt: actionSteps.reminderSentAt,
    })
    .from(actionSteps)
    .where(and(inArray(actionSteps.status, ['to_do']), gte(actionSteps.dueOn, from), lte(actionSteps.dueOn, to), isNull(actionSteps.reminderSentAt)));
}

/**
 * The reminder job only: claims a step's reminder before sending, so two runs at once send it once. False when
 * another run has it already.
 */
export async function claimStepReminder({ stepId, at }: { stepId: string; at: Date }): Promise<boolean> {
  const marked = await db
    .update(actionSteps)
    .set({ reminderSentAt: at })
    .where(and(eq(actionSteps.id, stepId), isNull(actionSteps.reminderSentAt)))
    .returning({ id: actionSteps.id });
  return marked.length > 0;
}

/** The reminder job only: gives a claimed reminder back when the text was held (quiet hours, the day's cap), so a later run sends it. */
export async function releaseStepReminder({ stepId }: { stepId: string }): Promise<void> {
  await db.update(actionSteps).set({ reminderSentAt: null }).where(eq(actionSteps.id, stepId));
}
