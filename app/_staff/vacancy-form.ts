import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { changeOwnVacancyStatus, createOwnVacancy, markOwnVacancyChecked, updateOwnVacancy } from '@/db/queries/employer-vacancies';
import { getAreaSettings } from '@/db/queries/area-settings';
import { lookupPostcode } from '@/db/queries/places';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import type { Point } from '@/lib/geo/places';
import { isRecordId } from '@/lib/manage/changes';
import { isVacancyEvent } from '@/lib/vacancies/status';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { UNKNOWN_KIND_OF_WORK, VACANCY_FIELDS, vacancySchema, type VacancyInput } from '@/lib/vacancies/posting';
import { londonToday } from '@/lib/vacancies/words';

// The vacancy form's server side, shared by employer staff and provider staff (decision 041): each role's
// actions.ts requires its own role, then reads the form and saves through the same queries.

const UNKNOWN_POSTCODE = 'We cannot find that postcode. Check it, or use the postcode of your main site';

/** Parses the vacancy form and finds the workplace on the map: the data, or the state to show the form again with. */
export async function readVacancyForm(formData: FormData, now: Date, laId: string): Promise<{ input: VacancyInput; point: Point; state?: undefined } | { state: FormState }> {
  const { wages } = await getAreaSettings({ laId });
  const parsed = parseForm(vacancySchema(londonToday(now), wages), formData, VACANCY_FIELDS);
  if (parsed.state) return { state: parsed.state };
  const query = parsePostcodeQuery(parsed.data.postcode);
  const point = query ? await lookupPostcode(query) : null;
  if (!point) return { state: { fieldErrors: { postcode: UNKNOWN_POSTCODE }, values: formValues(formData, VACANCY_FIELDS) } };
  return { input: parsed.data, point };
}

/** The form again, with the error by the pictures, when the query refused a kind of work not on the list. */
export function unknownKindState(formData: FormData): FormState {
  return { fieldErrors: { categoryId: UNKNOWN_KIND_OF_WORK }, values: formValues(formData, VACANCY_FIELDS) };
}

/** Who is acting, and where their vacancies' pages are ("/employer/vacancies" or "/provider/vacancies"). */
type Staff = { user: { id: string; laId: string }; basePath: string };

function vacancyIdFrom(formData: FormData): string {
  const vacancyId = formData.get('vacancyId');
  if (!isRecordId(vacancyId)) notFound();
  return vacancyId;
}

/** Posts a new vacancy for the staff member's own organisation, then opens it (or returns the form's errors). */
export async function createOwnVacancyFromForm({ user, basePath }: Staff, formData: FormData): Promise<FormState> {
  const now = new Date();
  const form = await readVacancyForm(formData, now, user.laId);
  if (form.state) return form.state;
  const result = await createOwnVacancy({ actorId: user.id, input: form.input, point: form.point, now });
  if (!result) notFound();
  if ('error' in result) return unknownKindState(formData);
  redirect(`${basePath}/${result.id}?saved=${result.isWaitingForReview ? 'waiting' : 'posted'}`);
}

/** Changes one of the organisation's vacancies (the id from the form; another's is not found). */
export async function updateOwnVacancyFromForm({ user, basePath }: Staff, formData: FormData): Promise<FormState> {
  const vacancyId = vacancyIdFrom(formData);
  const now = new Date();
  const form = await readVacancyForm(formData, now, user.laId);
  if (form.state) return form.state;
  const result = await updateOwnVacancy({ actorId: user.id, vacancyId, input: form.input, point: form.point, now });
  if (!result) notFound();
  if ('error' in result) return unknownKindState(formData);
  redirect(`${basePath}/${result.id}?saved=${result.isWaitingForReview ? 'waiting' : 'changed'}`);
}

/** Closes, fills or re-opens one of the organisation's vacancies (lib/vacancies/status.ts). */
export async function changeOwnVacancyStatusFromForm({ user, basePath }: Staff, formData: FormData): Promise<void> {
  const vacancyId = vacancyIdFrom(formData);
  const event = formData.get('event');
  if (!isVacancyEvent(event)) notFound();
  const result = await changeOwnVacancyStatus({ actorId: user.id, vacancyId, event, today: londonToday(new Date()) });
  if (!result) notFound();
  redirect(`${basePath}/${vacancyId}?saved=${'error' in result ? result.error : result.status}`);
}

/** "Checked, still correct" for one of the organisation's vacancies. */
export async function markOwnVacancyCheckedFromForm({ user, basePath }: Staff, formData: FormData): Promise<void> {
  const vacancyId = vacancyIdFrom(formData);
  const result = await markOwnVacancyChecked({ actorId: user.id, vacancyId, now: new Date() });
  if (!result) notFound();
  redirect(`${basePath}/${vacancyId}?saved=checked`);
}
