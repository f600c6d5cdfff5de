'use client';

import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea, TextField } from '@/components/ui/text-field';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';

type Values = { description: string; supportInfo: string; textNumber: string; website: string };

/** The provider's own profile: what they offer, help for learners, and ways to get in touch. */
export function ProviderProfileForm({
  action,
  saved,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: Values;
}) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  const value = (field: keyof Values) => state.values?.[field] ?? saved[field];
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <TextArea id="description" name="description" label="What you offer young people" rows={6} defaultValue={value('description')} errorMessage={state.fieldErrors?.description} />
      <TextArea
        id="supportInfo"
        name="supportInfo"
        label="Help for learners with additional needs"
        description="For example, learning support, quiet rooms, help with travel."
        rows={5}
        defaultValue={value('supportInfo')}
        errorMessage={state.fieldErrors?.supportInfo}
      />
      <TextField
        id="textNumber"
        name="textNumber"
        label="Mobile number young people can text"
        description="Leave it empty if you cannot take texts."
        type="tel"
        autoComplete="off"
        width="medium"
        defaultValue={value('textNumber')}
        errorMessage={state.fieldErrors?.textNumber}
      />
      <TextField
        id="website"
        name="website"
        label="Website"
        description="Where young people can find you online."
        type="url"
        defaultValue={value('website')}
        errorMessage={state.fieldErrors?.website}
      />
      <div>
        <Button type="submit" isPending={isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
