'use client';

import { useActionState, useRef } from 'react';
import { SaveStatus } from '@/components/applications/save-status';
import { useAutosave } from '@/components/applications/use-autosave';
import { type SyncResult, useOfflineAnswers } from '@/components/applications/use-offline-answers';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { FileField } from '@/components/media/file-field';
import { MediaRecorderField } from '@/components/media/media-recorder';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea } from '@/components/ui/text-field';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';
import { describeSize, MEDIA_MAX_BYTES } from '@/lib/media/rules';

/**
 * The provider's or employer's own questions, answered by text, and by voice or video where they allow it;
 * saved as they type or record (with JavaScript) and by the button. Without JavaScript a recording is a file
 * sent with the form.
 */
export function AnswersForm({
  applicationId,
  questions,
  next,
  action,
  autosave,
  sync,
}: {
  applicationId: string;
  questions: { id: string; prompt: string; answer: string; isVoiceOrVideoAllowed: boolean; answerMedia: { id: string; kind: 'audio' | 'video' } | null }[];
  next: string | null;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  autosave: (formData: FormData) => Promise<{ ok: boolean }>;
  /** Sends answers typed offline; the server merges them (decision 017). */
  sync: (formData: FormData) => Promise<SyncResult>;
}) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const { status, setStatus, onChange } = useAutosave(formRef, autosave, {
    keepOffline: (form) => offline.keep(form),
    onSaved: (data) => offline.onSaved(data),
  });
  const offline = useOfflineAnswers(formRef, {
    draftKey: `answers:${applicationId}`,
    applicationId,
    savedAnswers: Object.fromEntries(questions.map((question) => [question.id, question.answer])),
    sync,
    setStatus,
  });
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={(event) => {
        offline.onInput(event);
        onChange();
      }}
      noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="id" value={applicationId} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {questions.map((question) => {
        const name = `answer-${question.id}`;
        const fileName = `file-${question.id}`;
        if (!question.isVoiceOrVideoAllowed) {
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
        }
        return (
          <div key={question.id} role="group" aria-label={question.prompt} className="flex flex-col gap-4 border-l-4 border-line pl-4">
            <TextArea
              id={name}
              name={name}
              label={question.prompt}
              description="Write your answer, or say it below. If you record it, you can write the words here too."
              rows={5}
              defaultValue={state.values?.[name] ?? question.answer}
              errorMessage={state.fieldErrors?.[name]}
            />
            <div>
              <p className="text-lg font-bold">Or say it</p>
              <MediaRecorderField
                name={`media-${question.id}`}
                slot={`answer-${applicationId}-${question.id}`}
                initialMedia={question.answerMedia}
                onMediaChange={onChange}
              />
            </div>
            <FileField
              id={fileName}
              label="Or choose a sound recording or video"
              hint={`Sound must be smaller than ${describeSize(MEDIA_MAX_BYTES.audio)}, video smaller than ${describeSize(MEDIA_MAX_BYTES.video)}.`}
              error={state.fieldErrors?.[fileName]}
              accept="audio/*,video/*"
            />
          </div>
        );
      })}
      <OtherVersions notes={offline.notes} questions={questions} />
      <SaveStatus status={status} />
      <div>
        <Button type="submit" isPending={isPending}>
          Save my answers
        </Button>
      </div>
    </form>
  );
}

/** After syncing answers typed offline: the versions not kept, so nothing anyone wrote is lost. */
function OtherVersions({ notes, questions }: { notes: SyncResult['notes']; questions: { id: string; prompt: string }[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="other-versions" className="border-l-8 border-line bg-paper p-4">
      <h2 id="other-versions" className="text-xl font-bold">
        Some answers were changed in two places
      </h2>
      <p className="mt-2">We kept the newest. Here is the other one, in case you want to copy from it.</p>
      <ul className="mt-4 flex flex-col gap-4">
        {notes.map((note) => (
          <li key={note.questionId}>
            <p className="font-bold">{questions.find((question) => question.id === note.questionId)?.prompt}</p>
            <p>{note.kept === 'phone' ? 'The older version, saved somewhere else:' : 'The version from this phone:'}</p>
            <blockquote className="mt-1 border-l-4 border-line pl-3 whitespace-pre-wrap">{note.otherValue}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
