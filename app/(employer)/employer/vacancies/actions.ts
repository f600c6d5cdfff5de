'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { changeOwnVacancyStatus, createOwnVacancy, markOwnVacancyChecked, updateOwnVacancy } from '@/db/queries/employer-vacancies';
import { getOwnEmployerDecision } from '@/db/queries/moderation';
import { lookupPostcode } from '@/db/queries/places';
import { requireEmployerStaff } from '@/lib/auth/session';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { isRecordId } from '@/lib/manage/changes';
import { VACANCY_FIELDS, vacancySchema } from '@/lib/vacancies/posting';
import { isVacancyEvent } from '@/lib/vacancies/status';
import { londonToday } from '@/lib/vacancies/words';

/** What a turned-down employer's staff are told when they try to post (decision 040). */
const TURNED_DOWN = 'The council turned down your organisation, so you cannot post vacancies.';

const UNKNOWN_POSTCODE = 'We cannot find that postcode. Check it, or use the postcode of your main site';

function vacancyIdFrom(formData: FormData): string {
  const vacancyId = formData.get('vacancyId');
  if (!isRecordId(vacancyId)) notFound();
  return vacancyId;
}

/** Parses the form and finds the workplace on the map: the data, or the state to show the form again with. */
async function readVacancyForm(formData: FormData, now: Date, laId: string) {
  const { wages } = await getAreaSettings({ laId });
  const parsed = parseForm(vacancySchema(londonToday(now), wages), formData, VACANCY_FIELDS);
  if (parsed.state) return { state: parsed.state };
  const query = parsePostcodeQuery(parsed.data.postcode);
  const point = query ? await lookupPostcode(query) : null;
  if (!point) return { state: { fieldErrors: { postcode: UNKNOWN_POSTCODE }, values: formValues(formData, VACANCY_FIELDS) } };
  return { input: parsed.data, point };
}

/** Employer staff only: post a new vacancy. Live at once, or waiting for the council's review. Logged. */
export async function createVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireEmployerStaff('/employer/vacancies/new');
  if ((await getOwnEmployerDecision({ actorId: user.id }))?.status === 'rejected') return { formError: TURNED_DOWN };
  const now = new Date();
  const form = await readVacancyForm(formData, now, user.laId);
  if (form.state) return form.state;
  const result = await createOwnVacancy({ actorId: user.id, input: form.input, point: form.point, now });
  if (!result) notFound();
  redirect(`/employer/vacancies/${result.id}?saved=${result.isWaitingForReview ? 'waiting' : 'posted'}`);
}

/** Employer staff only: change one of their vacancies. Logged. */
export async function updateVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireEmployerStaff('/employer/vacancies');
  const vacancyId = vacancyIdFrom(formData);
  const now = new Date();
  const form = await readVacancyForm(formData, now, user.laId);
  if (form.state) return form.state;
  const result = await updateOwnVacancy({ actorId: user.id, vacancyId, input: form.input, point: form.point, now });
  if (!result) notFound();
  redirect(`/employer/vacancies/${result.id}?saved=${result.isWaitingForReview ? 'waiting' : 'changed'}`);
}

/** Employer staff only: close, fill or re-open one of their vacancies (lib/vacancies/status.ts). */
export async function changeVacancyStatusAction(formData: FormData): Promise<void> {
  const user = await requireEmployerStaff('/employer/vacancies');
  const vacancyId = vacancyIdFrom(formData);
  const event = formData.get('event');
  if (!isVacancyEvent(event)) notFound();
  const result = await changeOwnVacancyStatus({ actorId: user.id, vacancyId, event, today: londonToday(new Date()) });
  if (!result) notFound();
  redirect(`/employer/vacancies/${vacancyId}?saved=${'error' in result ? result.error : result.status}`);
}

/** Employer staff only: "checked, still correct" for one of their vacancies. */
export async function markVacancyCheckedAction(formData: FormData): Promise<void> {
  const user = await requireEmployerStaff('/employer/vacancies');
  const vacancyId = vacancyIdFrom(formData);
  const result = await markOwnVacancyChecked({ actorId: user.id, vacancyId, now: new Date() });
  if (!result) notFound();
  redirect(`/employer/vacancies/${vacancyId}?saved=checked`);
}
