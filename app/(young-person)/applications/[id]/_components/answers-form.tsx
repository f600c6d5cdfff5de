'use client';

import { useActionState, useRef } from 'react';
import { SaveStatus } from '@/components/applications/save-status';
import { useAutosave } from '@/components/applications/use-autosave';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea } from '@/components/ui/text-field';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';

/** The provider's or employer's own questions, answered by text; saved as they type (with JavaScript) and by the button. */
export function AnswersForm({
  applicationId,
  questions,
  next,
  action,
  autosave,
}: {
  applicationId: string;
  questions: { id: string; prompt: string; answer: string }[];
  next: string | null;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  autosave: (formData: FormData) => Promise<{ ok: boolean }>;
}) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const { status, onChange } = useAutosave(formRef, autosave);
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  return (
    <form ref={formRef} action={formAction} onChange={onChange} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="id" value={applicationId} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {questions.map((question) => {
        const name = `answer-${question.id}`;
        return (
          <TextArea
            key={question.id}
            id={name}
            name={name}
            label={question.prompt}
            rows={6}
            defaultValue={state.values?.[name] ?? question.answer}
            errorMessage={state.fieldErrors?.[name]}
          />
        );
      })}
      <SaveStatus status={status} />
      <div>
        <Button type="submit" isPending={isPending}>
          Save my answers
        </Button>
      </div>
    </form>
  );
}
