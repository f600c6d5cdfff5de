'use client';

import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeTextField, SubmitButton } from '@/components/ui/native-fields';
import { errorList } from '@/lib/forms/form-state';
import type { HandOverState } from '../actions';

/** "Put this on my plan": the young person types their mobile number; no name ever shows on the screen. */
export function HandOverForm({ action, path }: { action: (previous: HandOverState, formData: FormData) => Promise<HandOverState>; path: string }) {
  const [state, formAction] = useActionState(action, {});
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <div role="status">
        {state.isDone ? <p className="border-l-4 border-brand bg-paper p-3 font-bold">Done. It is on your plan, with a step to look at it.</p> : null}
      </div>
      <input type="hidden" name="path" value={path} />
      <NativeTextField
        key={`phone-${state.isDone ? 'done' : (state.values?.phone ?? '')}`}
        id="phone"
        name="phone"
        type="tel"
        autoComplete="off"
        label="Your mobile number"
        description="Type it yourself. We use it to find your account, and do not show it again."
        defaultValue={state.isDone ? '' : (state.values?.phone ?? '')}
        errorMessage={state.fieldErrors?.phone}
        width="medium"
      />
      <div>
        <SubmitButton>Put this on my plan</SubmitButton>
      </div>
    </form>
  );
}
