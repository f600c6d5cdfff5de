'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

/** Words and a kind of job, saved as a search for one young person. Works without JavaScript. */
export function AdviserSearchForm({
  action,
  youngPersonId,
  types,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  youngPersonId: string;
  types: { value: string; label: string }[];
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="youngPersonId" value={youngPersonId} />
      <TextField
        id="q"
        name="q"
        label="What kind of work?"
        description="For example: care, chef, mechanic"
        defaultValue={state.values?.q ?? ''}
        errorMessage={state.fieldErrors?.q}
      />
      <NativeSelect id="type" name="type" label="Kind of job" options={types} defaultValue={state.values?.type ?? ''} />
      <div>
        <Button type="submit" isPending={isPending}>
          Save this search for them
        </Button>
      </div>
    </form>
  );
}
