'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

/** The number is typed once and never shown again or kept (the action does not send it back). */
export function SendTextForm({ action, path }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; path: string }) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6" autoComplete="off">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="path" value={path} />
      <TextField
        id="phone"
        name="phone"
        type="tel"
        label="Your mobile number"
        description="We send one text with the link, then forget your number."
        autoComplete="off"
        width="medium"
        errorMessage={state.fieldErrors?.phone}
      />
      <div>
        <Button type="submit" isPending={isPending}>
          Send the text
        </Button>
      </div>
    </form>
  );
}
