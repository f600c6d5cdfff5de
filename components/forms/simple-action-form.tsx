'use client';

import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, type TextFieldProps } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';
import { useFormAction } from './use-form-action';

export type FormField = Omit<TextFieldProps, 'errorMessage' | 'defaultValue' | 'id'> & { id?: string; name: string; label: string };

/**
 * A one-question form posted to a server action: the error summary, the fields with their own messages,
 * the typed values kept after a failed submit, and a submit button. Works without JavaScript (React posts
 * the form to the action and renders the returned state).
 */
export function SimpleActionForm({
  action,
  fields,
  submitLabel,
  hiddenFields = {},
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: FormField[];
  submitLabel: string;
  hiddenFields?: Record<string, string | null | undefined>;
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      {Object.entries(hiddenFields).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {fields.map(({ name, id, ...field }) => (
        <TextField
          key={name}
          id={id ?? name}
          name={name}
          {...field}
          defaultValue={state.values?.[name] ?? ''}
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
