'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { ProviderProfileFields, type ProviderProfileValues } from '@/components/manage/provider-profile-fields';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { type FormState } from '@/lib/forms/form-state';

/** The provider's own profile: what they offer, help for learners, and ways to get in touch. */
export function ProviderProfileForm({
  action,
  saved,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: ProviderProfileValues;
}) {
  const { state, formAction, isPending, errors, value } = useFormAction(action, { saved });
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
