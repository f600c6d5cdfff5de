'use client';

import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Radio, RadioGroup } from '@/components/ui/radio-group';
import { TextField } from '@/components/ui/text-field';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';

export function NewAccountForm({
  action,
  areas,
  next,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  areas: { slug: string; areaName: string }[];
  next: string | null;
}) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const errors = errorList(state).map((error) => (error.field === 'laSlug' ? { ...error, field: 'area-first' } : error));
  useErrorTitle(errors.length > 0);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="firstName"
        name="firstName"
        label="Your first name"
        autoComplete="given-name"
        width="medium"
        defaultValue={state.values?.firstName ?? ''}
        errorMessage={state.fieldErrors?.firstName}
      />
      <RadioGroup
        name="laSlug"
        label="Where do you live?"
        description="We show you courses and jobs in your area."
        defaultValue={state.values?.laSlug || undefined}
        errorMessage={state.fieldErrors?.laSlug}
      >
        {areas.map((area, index) => (
          <Radio key={area.slug} value={area.slug} id={index === 0 ? 'area-first' : undefined}>
            {area.areaName}
          </Radio>
        ))}
      </RadioGroup>
      <div>
        <Button type="submit" isPending={isPending}>
          Make my account
        </Button>
      </div>
    </form>
  );
}
