'use server';

import { getOwnEmployer } from '@/db/queries/employer-vacancies';
import { requireEmployerStaff } from '@/lib/auth/session';
import { type FormState } from '@/lib/forms/form-state';
import {
  changeOwnVacancyStatusFromForm,
  createOwnVacancyFromForm,
  markOwnVacancyCheckedFromForm,
  updateOwnVacancyFromForm,
} from '../../../_staff/vacancy-form';

/** What a turned-down employer's staff are told when they try to post (decision 040). */
const TURNED_DOWN = 'The council turned down your organisation, so you cannot post vacancies.';
const BASE = '/employer/vacancies';

/** Employer staff only: post a new vacancy. Live at once, or waiting for the council's review. Logged. */
export async function createVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireEmployerStaff(`${BASE}/new`);
  if ((await getOwnEmployer({ actorId: user.id }))?.status === 'rejected') return { formError: TURNED_DOWN };
  return createOwnVacancyFromForm({ user, basePath: BASE }, formData);
}

/** Employer staff only: change one of their vacancies. Logged. */
export async function updateVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return updateOwnVacancyFromForm({ user: await requireEmployerStaff(BASE), basePath: BASE }, formData);
}

/** Employer staff only: close, fill or re-open one of their vacancies (lib/vacancies/status.ts). */
export async function changeVacancyStatusAction(formData: FormData): Promise<void> {
  return changeOwnVacancyStatusFromForm({ user: await requireEmployerStaff(BASE), basePath: BASE }, formData);
}

/** Employer staff only: "checked, still correct" for one of their vacancies. */
export async function markVacancyCheckedAction(formData: FormData): Promise<void> {
  return markOwnVacancyCheckedFromForm({ user: await requireEmployerStaff(BASE), basePath: BASE }, formData);
}
