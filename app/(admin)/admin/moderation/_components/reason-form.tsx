'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeTextArea } from '@/components/ui/native-fields';
import { type FormState } from '@/lib/forms/form-state';
import { REASON_MAX } from '@/lib/manage/moderation';

/**
 * "Turn down" or "Send back": a short reason the employer will read, and a button. Works without JavaScript;
 * the reason is kept when it needs fixing.
 */
export function ReasonForm({
  action,
  idName,
  idValue,
  label,
  description,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  idName: 'employerId' | 'vacancyId';
  idValue: string;
  label: string;
  description: string;
  submitLabel: string;
}) {
  const { state, formAction, isPending, errors, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name={idName} value={idValue} />
      <NativeTextArea
        id="reason"
        name="reason"
        label={label}
        description={`${description} Use plain words, ${REASON_MAX} letters at most.`}
        rows={4}
        defaultValue={value('reason')}
        errorMessage={state.fieldErrors?.reason}
      />
      <div>
        <Button type="submit" variant="secondary" isPending={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
