'use client';

import { useActionState } from 'react';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';
import { useErrorTitle } from './use-error-title';

/**
 * What every form that posts to a server action needs: the action's state, the error summary's entries (with
 * the fields' id prefix when one page holds two forms), "Error: " in the title while there are errors, and each
 * field's value: what was typed when sending failed, else what is saved, else empty.
 */
export function useFormAction(
  action: (previous: FormState, formData: FormData) => Promise<FormState>,
  { saved = {}, idPrefix }: { saved?: Readonly<Record<string, string>>; idPrefix?: string } = {},
) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const errors = errorList(state).map((error) => (idPrefix && error.field ? { ...error, field: `${idPrefix}-${error.field}` } : error));
  useErrorTitle(errors.length > 0);
  const value = (field: string): string => state.values?.[field] ?? saved[field] ?? '';
  return { state, formAction, isPending, errors, value };
}
