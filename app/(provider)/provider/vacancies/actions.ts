'use server';

import { notFound, redirect } from 'next/navigation';
import { changeOwnVacancyStatus, createOwnVacancy, markOwnVacancyChecked, updateOwnVacancy } from '@/db/queries/employer-vacancies';
import { requireProviderStaff } from '@/lib/auth/session';
import { type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { isVacancyEvent } from '@/lib/vacancies/status';
import { londonToday } from '@/lib/vacancies/words';
import { readVacancyForm, unknownKindState } from '../../../_staff/vacancy-form';

// Provider staff look after their own provider's vacancies with the employer's queries (decision 042): the
// provider is found from the signed-in member of staff, never from the form.

function vacancyIdFrom(formData: FormData): string {
  const vacancyId = formData.get('vacancyId');
  if (!isRecordId(vacancyId)) notFound();
  return vacancyId;
}

/** Provider staff only: post a new vacancy. Live at once, unless the words wait for the council's check. Logged. */
export async function createProviderVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/vacancies/new');
  const now = new Date();
  const form = await readVacancyForm(formData, now, user.laId);
  if (form.state) return form.state;
  const result = await createOwnVacancy({ actorId: user.id, input: form.input, point: form.point, now });
  if (!result) notFound();
  if ('error' in result) return unknownKindState(formData);
  redirect(`/provider/vacancies/${result.id}?saved=${result.isWaitingForReview ? 'waiting' : 'posted'}`);
}

/** Provider staff only: change one of their vacancies. Logged. */
export async function updateProviderVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/vacancies');
  const vacancyId = vacancyIdFrom(formData);
  const now = new Date();
  const form = await readVacancyForm(formData, now, user.laId);
  if (form.state) return form.state;
  const result = await updateOwnVacancy({ actorId: user.id, vacancyId, input: form.input, point: form.point, now });
  if (!result) notFound();
  if ('error' in result) return unknownKindState(formData);
  redirect(`/provider/vacancies/${result.id}?saved=${result.isWaitingForReview ? 'waiting' : 'changed'}`);
}

/** Provider staff only: close, fill or re-open one of their vacancies (lib/vacancies/status.ts). */
export async function changeProviderVacancyStatusAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/vacancies');
  const vacancyId = vacancyIdFrom(formData);
  const event = formData.get('event');
  if (!isVacancyEvent(event)) notFound();
  const result = await changeOwnVacancyStatus({ actorId: user.id, vacancyId, event, today: londonToday(new Date()) });
  if (!result) notFound();
  redirect(`/provider/vacancies/${vacancyId}?saved=${'error' in result ? result.error : result.status}`);
}

/** Provider staff only: "checked, still correct" for one of their vacancies. */
export async function markProviderVacancyCheckedAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/vacancies');
  const vacancyId = vacancyIdFrom(formData);
  const result = await markOwnVacancyChecked({ actorId: user.id, vacancyId, now: new Date() });
  if (!result) notFound();
  redirect(`/provider/vacancies/${vacancyId}?saved=checked`);
}
