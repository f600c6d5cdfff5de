'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

/** A new employer's details and who to email the sign-in code to. */
export function EmployerSignUpForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const { state, formAction, isPending, errors, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <TextField id="organisationName" name="organisationName" label="Name of your business or organisation" autoComplete="organization" defaultValue={value('organisationName')} errorMessage={state.fieldErrors?.organisationName} />
      <TextField id="postcode" name="postcode" label="Postcode of your workplace" description="For example, HX1 2SP." autoComplete="postal-code" width="medium" defaultValue={value('postcode')} errorMessage={state.fieldErrors?.postcode} />
      <TextField id="yourName" name="yourName" label="Your name" autoComplete="name" defaultValue={value('yourName')} errorMessage={state.fieldErrors?.yourName} />
      <TextField id="email" name="email" label="Your email address" description="We will email you a code to sign in." type="email" autoComplete="email" inputMode="email" defaultValue={value('email')} errorMessage={state.fieldErrors?.email} />
      <div>
        <Button type="submit" isPending={isPending}>
          Sign up
        </Button>
      </div>
    </form>
  );
}
