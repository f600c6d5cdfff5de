'use server';

import { notFound, redirect } from 'next/navigation';
import { approveEmployer, approveVacancy, sendBackVacancy, turnDownEmployer } from '@/db/queries/moderation';
import { requireLaAdmin } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { REASON_FIELDS, reasonSchema } from '@/lib/manage/moderation';

function recordIdFrom(formData: FormData, field: string): string {
  const id = formData.get(field);
  if (!isRecordId(id)) notFound();
  return id;
}

/**
 * LA admins only: approve a new employer in their area; its waiting vacancies with nothing flagged go live.
 * Refused for a suspended or turned-down employer: the employer's review page says why.
 */
export async function approveEmployerAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/moderation');
  const employerId = recordIdFrom(formData, 'employerId');
  const result = await approveEmployer({ actorId: user.id, employerId, now: new Date() });
  if (!result) notFound();
  if ('problem' in result) redirect(`/admin/moderation/employers/${employerId}?refused=approve`);
  redirect('/admin/moderation?done=employer');
}

/** LA admins only: turn down a new employer in their area, with a reason its staff will see. Logged. */
export async function turnDownEmployerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/moderation');
  const employerId = recordIdFrom(formData, 'employerId');
  const parsed = parseForm(reasonSchema, formData, REASON_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await turnDownEmployer({ actorId: user.id, employerId, reason: parsed.data.reason, now: new Date() });
  if (!result) notFound();
  if ('problem' in result) return { formError: result.problem, values: { reason: parsed.data.reason } };
  redirect('/admin/moderation?done=turned-down');
}

/** LA admins only: approve one waiting vacancy in their area; it goes live. */
export async function approveVacancyAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/moderation');
  const vacancyId = recordIdFrom(formData, 'vacancyId');
  const result = await approveVacancy({ actorId: user.id, vacancyId });
  if (!result) notFound();
  redirect('/admin/moderation?done=vacancy');
}

/** LA admins only: send one waiting vacancy back to its employer for changes, with a reason they will see. Logged. */
export async function sendBackVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/moderation');
  const vacancyId = recordIdFrom(formData, 'vacancyId');
  const parsed = parseForm(reasonSchema, formData, REASON_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await sendBackVacancy({ actorId: user.id, vacancyId, reason: parsed.data.reason });
  if (!result) notFound();
  if ('problem' in result) return { formError: result.problem, values: { reason: parsed.data.reason } };
  redirect('/admin/moderation?done=sent-back');
}
