import type { z } from 'zod';
import { withoutControlCharacters } from '@/lib/security/clean-text';

/**
 * What a server action gives back to its form after a failed submit (GOV.UK pattern): one message per
 * field, an optional message for the whole form, and the values to put back so nothing typed is lost.
 */
export type FormState = {
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
};

export const EMPTY_FORM_STATE: FormState = {};

/** The first message for each field, in the order the fields were checked. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * Text values from a submitted form, for the schema and to send back on error. Files and the action's own
 * fields are left out. Control characters are taken out (lib/security/clean-text.ts): PostgreSQL refuses a
 * null byte in text, so one typed or pasted into any form was a server error (e2e/security/bad-form-input).
 */
export function formValues(formData: FormData, fields: string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, formText(formData, field)]));
}

/** One text field of a submitted form, without control characters; '' when missing or a file. */
export function formText(formData: FormData, field: string): string {
  const value = formData.get(field);
  return typeof value === 'string' ? withoutControlCharacters(value) : '';
}

/** Parses a submitted form against a schema: the data, or the state to show the form again with. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  fields: string[],
): { data: z.infer<S>; state?: undefined } | { data?: undefined; state: FormState } {
  const result = schema.safeParse(formValues(formData, fields));
  if (result.success) return { data: result.data };
  return { state: { fieldErrors: fieldErrorsFrom(result.error), values: formValues(formData, fields) } };
}

/** Error summary entries for a state, in field order. */
export function errorList(state: FormState): { field: string; message: string }[] {
  const list = Object.entries(state.fieldErrors ?? {}).map(([field, message]) => ({ field, message }));
  return state.formError ? [{ field: '', message: state.formError }, ...list] : list;
}
