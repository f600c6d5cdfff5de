'use client';

import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { ProviderProfileFields, type ProviderProfileValues } from '@/components/manage/provider-profile-fields';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';

/** The provider's own profile: what they offer, help for learners, and ways to get in touch. */
export function ProviderProfileForm({
  action,
  saved,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: ProviderProfileValues;
}) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  const value = (field: keyof ProviderProfileValues) => state.values?.[field] ?? saved[field];
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <ProviderProfileFields value={value} errors={state.fieldErrors} voice="own" />
      <div>
        <Button type="submit" isPending={isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
