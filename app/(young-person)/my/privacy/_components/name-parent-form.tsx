'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeTextField } from '@/components/ui/native-fields';
import { type FormState } from '@/lib/forms/form-state';
import { type PartChoice, PartsChoice } from './parts-choice';

/** "Add a parent or carer": their name, their mobile, and the pictures of what they can see. */
export function NameParentForm({ action, parts }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; parts: PartChoice[] }) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  const chosenParts = state.values?.['parent-parts'] ? state.values['parent-parts'].split(',') : [];
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors.map((error) => (error.field === 'parent-parts' ? { ...error, field: 'parent-parts-first' } : error))} />
      <NativeTextField
        id="parent-name"
        name="parent-name"
        label="Their name"
        autoComplete="off"
        defaultValue={state.values?.['parent-name'] ?? ''}
        errorMessage={state.fieldErrors?.['parent-name']}
        width="medium"
      />
      <NativeTextField
        id="parent-phone"
        name="parent-phone"
        type="tel"
        autoComplete="off"
        label="Their mobile number"
        description="We text them a code when they want to look."
        defaultValue={state.values?.['parent-phone'] ?? ''}
        errorMessage={state.fieldErrors?.['parent-phone']}
        width="medium"
      />
      <PartsChoice name="parent-parts" parts={parts} chosenParts={chosenParts} errorMessage={state.fieldErrors?.['parent-parts']} />
      <div>
        <Button type="submit" isPending={isPending}>
          Add them
        </Button>
      </div>
    </form>
  );
}
