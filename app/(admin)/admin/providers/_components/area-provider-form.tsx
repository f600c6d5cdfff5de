'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { ProviderProfileFields, type ProviderProfileValues } from '@/components/manage/provider-profile-fields';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';
import { PROVIDER_KIND_WORDS, PROVIDER_KINDS } from '@/lib/providers/words';

export type AreaProviderValues = ProviderProfileValues & { name: string; kind: string; summary: string; email: string; phone: string };

/**
 * A council admin changes one provider in their area: its name, kind and one-line summary, the same profile
 * fields its own staff change, and its email and phone number.
 */
export function AreaProviderForm({
  action,
  providerId,
  saved,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  providerId: string;
  saved: AreaProviderValues;
}) {
  const { state, formAction, isPending, errors, value } = useFormAction(action, { saved });
  return (
    <form action={formAction} noValidate aria-label="Change the provider’s details" className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="providerId" value={providerId} />
      <TextField id="name" name="name" label="Name" autoComplete="off" defaultValue={value('name')} errorMessage={state.fieldErrors?.name} />
      <NativeSelect
        id="kind"
        name="kind"
        label="What kind of provider"
        defaultValue={value('kind')}
        errorMessage={state.fieldErrors?.kind}
        options={PROVIDER_KINDS.map((kind) => ({ value: kind, label: PROVIDER_KIND_WORDS[kind] }))}
      />
      <TextField
        id="summary"
        name="summary"
        label="One line about what they offer"
        description="Young people read this. Use plain words, like: Courses and apprenticeships for 16 to 18 year olds."
        defaultValue={value('summary')}
        errorMessage={state.fieldErrors?.summary}
      />
      <ProviderProfileFields value={value} errors={state.fieldErrors} voice="council" />
      <TextField
        id="email"
        name="email"
        label="Email for young people"
        description="Leave it empty if they do not want emails."
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={value('email')}
        errorMessage={state.fieldErrors?.email}
      />
      <TextField
        id="phone"
        name="phone"
        label="Phone number"
        description="Like 01422 123456. Leave it empty if they do not want calls."
        type="tel"
        autoComplete="off"
        width="medium"
        defaultValue={value('phone')}
        errorMessage={state.fieldErrors?.phone}
      />
      <div>
        <Button type="submit" isPending={isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
