'use client';

import { Picture } from '@/components/ui/picture';
import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeRadioCards, NativeTextField, SubmitButton } from '@/components/ui/native-fields';
import { ACTION_STEP_PICTURES, STEP_PICTURES } from '@/lib/action-plans/status';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';

const PICTURE_OPTIONS = [
  { value: '', label: 'No picture' },
  ...ACTION_STEP_PICTURES.map((picture) => ({
    value: picture,
    label: (
      <span className="flex items-center gap-3">
        <Picture src={STEP_PICTURES[picture].src} alt="" width={40} height={40} className="size-10" />
        {STEP_PICTURES[picture].label}
      </span>
    ),
  })),
];

/**
 * An adviser's step on a young person's plan: the words, a picture, a link, a day. Used to add one and to
 * change one. Plain inputs, so nothing typed before the page has loaded is lost (decision 008).
 */
export function StepForm({
  action,
  youngPersonId,
  stepId,
  initial,
  today,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  youngPersonId: string;
  stepId?: string;
  initial?: Record<string, string>;
  today: string;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  const values = state.values ?? initial ?? {};
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="youngPersonId" value={youngPersonId} />
      {stepId ? <input type="hidden" name="stepId" value={stepId} /> : null}
      <NativeTextField
        key={`text-${values.text ?? ''}`}
        id="text"
        name="text"
        label="The step, in plain words"
        description="Short and clear, like “Go to the open day at Calder Valley College”"
        defaultValue={values.text ?? ''}
        errorMessage={state.fieldErrors?.text}
        maxLength={200}
      />
      <NativeRadioCards key={`picture-${values.picture ?? ''}`} name="picture" label="A picture to go with it (you can leave this)" defaultValue={values.picture ?? ''} options={PICTURE_OPTIONS} orientation="horizontal" />
      <NativeTextField
        key={`link-${values.link ?? ''}`}
        id="link"
        name="link"
        label="Link to a course or job (you can leave this empty)"
        description="Copy the address of the course or job page and paste it here"
        defaultValue={values.link ?? ''}
        errorMessage={state.fieldErrors?.link}
        inputMode="url"
      />
      <NativeTextField
        key={`dueOn-${values.dueOn ?? ''}`}
        id="dueOn"
        name="dueOn"
        type="date"
        min={today}
        label="Do it by"
        defaultValue={values.dueOn ?? ''}
        errorMessage={state.fieldErrors?.dueOn}
        width="medium"
      />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
