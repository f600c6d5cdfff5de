'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, type TextFieldProps } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

export type SettingsField = Pick<TextFieldProps, 'type' | 'inputMode' | 'width' | 'description'> & { name: string; label: string };

/**
 * One group of council settings: the error summary, the fields with their own messages (what was typed is
 * kept after a failed submit), and a save button. Works without JavaScript.
 */
export function SettingsForm({
  action,
  fields,
  saved,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: SettingsField[];
  saved: Record<string, string>;
  submitLabel: string;
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      {fields.map(({ name, ...field }) => (
        <TextField
          key={name}
          id={name}
          name={name}
          autoComplete="off"
          {...field}
          defaultValue={state.values?.[name] ?? saved[name] ?? ''}
          errorMessage={state.fieldErrors?.[name]}
        />
      ))}
      <div>
        <Button type="submit" isPending={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
