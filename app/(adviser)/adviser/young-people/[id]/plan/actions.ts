'use server';

import { notFound, redirect } from 'next/navigation';
import { createStep, setStepStatusByStaff, updateStep } from '@/db/queries/action-plans';
import { getAreaSettings } from '@/db/queries/area-settings';
import { ukDate } from '@/lib/action-plans/reminders';
import { actionStepSchema } from '@/lib/action-plans/schemas';
import { ACTION_STEP_STATUSES } from '@/lib/action-plans/status';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { requireAdviser } from '@/lib/auth/session';
import { fieldErrorsFrom, type FormState, formValues } from '@/lib/forms/form-state';
import { isUuid } from '@/lib/media/keys';

const STEP_FIELDS = ['text', 'picture', 'link', 'dueOn'];

function planUrl(youngPersonId: string, done: string): string {
  return `/adviser/young-people/${youngPersonId}?plan=${done}#plan-heading`;
}

/** Advisers only: adds a step to the plan of a young person on their caseload (or who let them see it). */
export async function addStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireAdviser('/adviser');
  await notFoundIfPresenting();
  const youngPersonId = String(formData.get('youngPersonId') ?? '');
  if (!isUuid(youngPersonId)) notFound();
  const now = new Date();
  const values = formValues(formData, STEP_FIELDS);
  const parsed = actionStepSchema(ukDate(now)).safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error), values };
  const created = await createStep({ actorId: user.id, youngPersonId, input: parsed.data, now, config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!created) notFound();
  redirect(planUrl(youngPersonId, 'added'));
}

/** Advisers only: changes a step's words, picture, link or day. */
export async function updateStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireAdviser('/adviser');
  await notFoundIfPresenting();
  const youngPersonId = String(formData.get('youngPersonId') ?? '');
  const stepId = String(formData.get('stepId') ?? '');
  if (!isUuid(youngPersonId) || !isUuid(stepId)) notFound();
  const now = new Date();
  const values = formValues(formData, STEP_FIELDS);
  const parsed = actionStepSchema(ukDate(now)).safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error), values };
  const isUpdated = await updateStep({ actorId: user.id, youngPersonId, stepId, input: parsed.data, now, config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!isUpdated) notFound();
  redirect(planUrl(youngPersonId, 'changed'));
}

/** Advisers only: marks a step done, not done, or removes it (the state machine decides). */
export async function moveStepAction(formData: FormData): Promise<void> {
  const user = await requireAdviser('/adviser');
  await notFoundIfPresenting();
  const youngPersonId = String(formData.get('youngPersonId') ?? '');
  const stepId = String(formData.get('stepId') ?? '');
  const to = ACTION_STEP_STATUSES.find((status) => status === formData.get('to'));
  if (!isUuid(youngPersonId) || !isUuid(stepId) || !to) notFound();
  const result = await setStepStatusByStaff({ actorId: user.id, youngPersonId, stepId, to, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (result === 'not-found') notFound();
  redirect(planUrl(youngPersonId, result === 'moved' ? (to === 'removed' ? 'removed' : 'changed') : 'unchanged'));
}
