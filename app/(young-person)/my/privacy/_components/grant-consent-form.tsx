'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { PartsChoice, type PartChoice } from './parts-choice';
import { type FormState } from '@/lib/forms/form-state';

export type { PartChoice } from './parts-choice';

/** "Let an adviser see your record": choose who, tap the pictures of what. */
export function GrantConsentForm({
  action,
  advisers,
  parts,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  advisers: { id: string; name: string }[];
  parts: PartChoice[];
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  const chosenParts = state.values?.parts ? state.values.parts.split(',') : [];
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors.map((error) => (error.field === 'parts' ? { ...error, field: 'parts-first' } : error))} />
      <div>
        <NativeSelect
          id="adviser"
          name="adviser"
          label="Which adviser?"
          defaultValue={state.values?.adviser ?? ''}
          aria-invalid={state.fieldErrors?.adviser ? true : undefined}
          options={[{ value: '', label: 'Choose an adviser' }, ...advisers.map((adviser) => ({ value: adviser.id, label: adviser.name }))]}
        />
        {state.fieldErrors?.adviser ? <p className="mt-1 font-bold text-error">{state.fieldErrors.adviser}</p> : null}
      </div>
      <PartsChoice name="parts" parts={parts} chosenParts={chosenParts} errorMessage={state.fieldErrors?.parts} />
      <div>
        <Button type="submit" isPending={isPending}>
          Let them see this
        </Button>
      </div>
    </form>
  );
}
