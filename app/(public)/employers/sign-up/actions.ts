'use server';

import { createEmployerSignUp } from '@/db/queries/employer-sign-up';
import { lookupPostcode } from '@/db/queries/places';
import { getAreaContext } from '@/lib/auth/area';
import { startCodeSignIn } from '@/lib/auth/sign-in';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { EMPLOYER_SIGN_UP_FIELDS, employerSignUpSchema } from '@/lib/manage/employer-sign-up';

/**
 * Anyone may call this (signing up is how an employer becomes someone): makes the employer, waiting for the
 * council, and its first member of staff, then sends a code to prove the email (the ordinary sign-in).
 * An email that already has an account just gets a sign-in code, so the form does not reveal who has one.
 */
export async function signUpEmployerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(employerSignUpSchema, formData, EMPLOYER_SIGN_UP_FIELDS);
  if (parsed.state) return parsed.state;
  const query = parsePostcodeQuery(parsed.data.postcode);
  const point = query ? await lookupPostcode(query) : null;
  if (!point) {
    return {
      fieldErrors: { postcode: 'We cannot find that postcode in this area. Check it and try again' },
      values: formValues(formData, EMPLOYER_SIGN_UP_FIELDS),
    };
  }
  const area = await getAreaContext();
  await createEmployerSignUp({ laId: area.id, input: parsed.data, point });
  const state = await startCodeSignIn({ channel: 'email', destination: parsed.data.email, next: '/employer' });
  return { ...state, values: formValues(formData, EMPLOYER_SIGN_UP_FIELDS) };
}
