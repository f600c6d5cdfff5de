'use server';

import { requireProviderStaff } from '@/lib/auth/session';
import { type FormState } from '@/lib/forms/form-state';
import {
  changeOwnVacancyStatusFromForm,
  createOwnVacancyFromForm,
  markOwnVacancyCheckedFromForm,
  updateOwnVacancyFromForm,
} from '../../../_staff/vacancy-form';

// Provider staff look after their own provider's vacancies with the employer's queries (decision 041): the
// provider is found from the signed-in member of staff, never from the form.
const BASE = '/provider/vacancies';

/** Provider staff only: post a new vacancy. Live at once, unless the words wait for the council's check. Logged. */
export async function createProviderVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return createOwnVacancyFromForm({ user: await requireProviderStaff(`${BASE}/new`), basePath: BASE }, formData);
}

/** Provider staff only: change one of their vacancies. Logged. */
export async function updateProviderVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return updateOwnVacancyFromForm({ user: await requireProviderStaff(BASE), basePath: BASE }, formData);
}

/** Provider staff only: close, fill or re-open one of their vacancies. */
export async function changeProviderVacancyStatusAction(formData: FormData): Promise<void> {
  return changeOwnVacancyStatusFromForm({ user: await requireProviderStaff(BASE), basePath: BASE }, formData);
}

/** Provider staff only: "checked, still correct" for one of their vacancies. */
export async function markProviderVacancyCheckedAction(formData: FormData): Promise<void> {
  return markOwnVacancyCheckedFromForm({ user: await requireProviderStaff(BASE), basePath: BASE }, formData);
}
