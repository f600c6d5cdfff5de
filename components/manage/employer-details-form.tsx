'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea, TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

type Values = { name: string; summary: string; postcode: string };

/**
 * An employer's details: its name, a few words about it and its workplace postcode. The same form for the
 * employer's own staff (/employer/details) and for a council admin (/admin/employers/[id]).
 */
export function EmployerDetailsForm({
  action,
  saved,
  summaryLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: Values;
  summaryLabel: string;
}) {
  const { state, formAction, isPending, errors, value } = useFormAction(action, { saved });
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <TextField
        id="name"
        name="name"
        label="Name"
        description="The name young people see on every vacancy."
        autoComplete="organization"
        defaultValue={value('name')}
        errorMessage={state.fieldErrors?.name}
      />
      <TextArea
        id="summary"
        name="summary"
        label={summaryLabel}
        description="Shown under “Who offers it” on each vacancy. Up to 600 letters. Short sentences help."
        rows={5}
        defaultValue={value('summary')}
        errorMessage={state.fieldErrors?.summary}
      />
      <TextField
        id="postcode"
        name="postcode"
        label="Workplace postcode"
        description="The full postcode, like HX1 2SP."
        autoComplete="postal-code"
        width="short"
        defaultValue={value('postcode')}
        errorMessage={state.fieldErrors?.postcode}
      />
      <div>
        <Button type="submit" isPending={isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
