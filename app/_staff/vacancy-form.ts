import 'server-only';
import { getAreaSettings } from '@/db/queries/area-settings';
import { lookupPostcode } from '@/db/queries/places';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import type { Point } from '@/lib/geo/places';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { UNKNOWN_KIND_OF_WORK, VACANCY_FIELDS, vacancySchema, type VacancyInput } from '@/lib/vacancies/posting';
import { londonToday } from '@/lib/vacancies/words';

// The vacancy form's server side, shared by employer staff and provider staff (decision 042): each role's
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
