'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';
import { PROVIDER_KIND_WORDS, PROVIDER_KINDS } from '@/lib/providers/words';

/** Add a course provider: its name, what kind it is, one line about it, and how to reach it. */
export function NewProviderForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const { state, formAction, isPending, errors, value } = useFormAction(action, { idPrefix: 'provider' });
  return (
    <form action={formAction} noValidate aria-label="Add a course provider" className="mt-4 flex flex-col gap-6 border-l-4 border-line bg-paper p-4">
      <ErrorSummary errors={errors} />
      <TextField id="provider-name" name="name" label="Name" autoComplete="off" defaultValue={value('name')} errorMessage={state.fieldErrors?.name} />
      <NativeSelect
        id="provider-kind"
        name="kind"
        label="What kind of provider"
        defaultValue={value('kind')}
        errorMessage={state.fieldErrors?.kind}
        options={[{ value: '', label: 'Choose one' }, ...PROVIDER_KINDS.map((kind) => ({ value: kind, label: PROVIDER_KIND_WORDS[kind] }))]}
      />
      <TextField
        id="provider-summary"
        name="summary"
        label="One line about what they offer"
        description="Young people read this. Use plain words, like: Courses and apprenticeships for 16 to 18 year olds."
        defaultValue={value('summary')}
        errorMessage={state.fieldErrors?.summary}
      />
      <TextField id="provider-website" name="website" label="Website (optional)" description="Like www.example.ac.uk" autoComplete="off" spellCheck={false} defaultValue={value('website')} errorMessage={state.fieldErrors?.website} />
      <TextField id="provider-email" name="email" label="Email for young people (optional)" type="email" autoComplete="off" spellCheck={false} defaultValue={value('email')} errorMessage={state.fieldErrors?.email} />
      <div>
        <Button type="submit" isPending={isPending}>
          Add provider
        </Button>
      </div>
    </form>
  );
}
