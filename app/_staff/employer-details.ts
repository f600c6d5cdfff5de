import 'server-only';
import { lookupPostcode } from '@/db/queries/places';
import type { Point } from '@/lib/geo/places';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { EMPLOYER_DETAILS_FIELDS, employerDetailsSchema, type EmployerDetailsInput } from '@/lib/manage/employer-details';

/**
 * Checks an employer details form (employer staff and council admins use the same one) and finds where its
 * postcode is. The form's state with every error, and what was typed, when it cannot be saved.
 */
export async function parseEmployerDetails(formData: FormData): Promise<{ input: EmployerDetailsInput; point: Point } | { state: FormState }> {
  const parsed = parseForm(employerDetailsSchema, formData, EMPLOYER_DETAILS_FIELDS);
  if (parsed.state) return { state: parsed.state };
  const query = parsePostcodeQuery(parsed.data.postcode);
  const point = query ? await lookupPostcode(query) : null;
  if (!point) {
    return {
      state: {
        fieldErrors: { postcode: 'We cannot find that postcode. Check it and try again' },
        values: formValues(formData, EMPLOYER_DETAILS_FIELDS),
      },
    };
  }
  return { input: parsed.data, point };
}
