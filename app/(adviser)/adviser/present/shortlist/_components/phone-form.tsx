'use client';

import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeTextField, SubmitButton } from '@/components/ui/native-fields';
import { errorList } from '@/lib/forms/form-state';
import type { ShortlistFormState } from '../actions';

/**
 * A number the young person types themself, once: to put the shortlist on their plan or to text it to them. The
 * field is empty again afterwards and no name ever shows. Two of these sit on one page, so each has its own id.
 */
export function PhoneForm({
  action,
  id,
  description,
  buttonLabel,
  doneMessage,
}: {
  action: (previous: ShortlistFormState, formData: FormData) => Promise<ShortlistFormState>;
  id: string;
  description: string;
  buttonLabel: string;
  doneMessage: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <div role="status">{state.isDone ? <p className="border-l-4 border-brand bg-paper p-3 font-bold">{doneMessage}</p> : null}</div>
      <NativeTextField
        key={`${id}-${state.isDone ? 'done' : (state.values?.[id] ?? '')}`}
        id={id}
        name={id}
        type="tel"
        autoComplete="off"
        label="Your mobile number"
        description={description}
        defaultValue={state.isDone ? '' : (state.values?.[id] ?? '')}
        errorMessage={state.fieldErrors?.[id]}
        width="medium"
      />
      <div>
        <SubmitButton>{buttonLabel}</SubmitButton>
      </div>
    </form>
  );
}
