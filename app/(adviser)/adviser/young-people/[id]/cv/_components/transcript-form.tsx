'use client';

import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/native-fields';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';

/** An adviser writes the words for one voice note or video (plain fields: works before the page loads). */
export function TranscriptForm({
  action,
  youngPersonId,
  mediaId,
  itemTitle,
  kind,
  current,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  youngPersonId: string;
  mediaId: string;
  itemTitle: string;
  kind: 'audio' | 'video';
  current: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const errors = errorList(state).map((error) => ({ ...error, field: `transcript-${mediaId}` }));
  useErrorTitle(errors.length > 0);
  const fieldId = `transcript-${mediaId}`;
  const error = state.fieldErrors?.transcript;
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="mt-4 flex flex-col gap-3">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="youngPersonId" value={youngPersonId} />
      <input type="hidden" name="mediaId" value={mediaId} />
      <div className={error ? 'flex flex-col gap-1 border-l-4 border-error pl-4' : 'flex flex-col gap-1'}>
        <label htmlFor={fieldId} className="text-lg font-bold">
          {kind === 'audio' ? 'Words for the voice note' : 'Captions for the video'}: {itemTitle}
        </label>
        <p id={`${fieldId}-hint`} className="text-muted">
          Write what they say. It shows on their CV as written by you.
        </p>
        {error ? (
          <p id={`${fieldId}-error`} className="font-bold text-error">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={fieldId}
          name="transcript"
          rows={4}
          defaultValue={state.values?.transcript ?? current}
          aria-describedby={error ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
          aria-invalid={error ? true : undefined}
          className="block w-full max-w-xl rounded-none border-2 border-ink bg-paper px-3 py-2 text-lg text-ink"
        />
      </div>
      <div>
        <SubmitButton>Save the words</SubmitButton>
      </div>
    </form>
  );
}
