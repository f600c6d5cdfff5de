'use client';

import { useActionState, useRef } from 'react';
import { SaveStatus } from '@/components/applications/save-status';
import { useAutosave } from '@/components/applications/use-autosave';
import { type SyncResult, useOfflineAnswers } from '@/components/applications/use-offline-answers';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { FileField } from '@/components/media/file-field';
import { MediaRecorderField } from '@/components/media/media-recorder';
import { Button } from '@/components/ui/button';
import { buttonClasses } from '@/components/ui/button-styles';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea } from '@/components/ui/text-field';
import { ListenButton } from '@/components/read-aloud/listen-button';
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
  otherVersions,
  settle,
}: {
  applicationId: string;
  questions: { id: string; prompt: string; answer: string; isVoiceOrVideoAllowed: boolean; answerMedia: { id: string; kind: 'audio' | 'video' } | null }[];
  next: string | null;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  autosave: (formData: FormData) => Promise<{ ok: boolean }>;
  /** Sends answers typed offline; the server merges them (decision 017). */
  sync: (formData: FormData) => Promise<SyncResult>;
  /** Versions of answers kept from another device (decision 022), shown on their answer. */
  otherVersions: { id: string; questionId: string; text: string }[];
  /** Uses or dismisses one of them. */
  settle: (choice: 'use' | 'dismiss', versionId: string, formData: FormData) => Promise<void>;
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
      {questions.map((question, index) => {
        const name = `answer-${question.id}`;
        const fileName = `file-${question.id}`;
        const versions = otherVersions.filter((version) => version.questionId === question.id);
        // Each question can be heard on its own (its label), as well as with the whole page.
        const listen = <ListenButton targetId={`${name}-label`} label={`question ${index + 1}`} />;
        if (!question.isVoiceOrVideoAllowed) {
          return (
            <div key={question.id} className="flex flex-col gap-4">
              {listen}
              <TextArea
                id={name}
                name={name}
                label={question.prompt}
                rows={6}
                defaultValue={state.values?.[name] ?? question.answer}
                errorMessage={state.fieldErrors?.[name]}
              />
              {versions.map((version) => (
                <OtherVersion key={version.id} version={version} settle={settle} />
              ))}
            </div>
          );
        }
        return (
          <div key={question.id} role="group" aria-label={question.prompt} className="flex flex-col gap-4 border-l-4 border-line pl-4">
            {listen}
            <TextArea
              id={name}
              name={name}
              label={question.prompt}
              description="Write your answer, or say it below. If you record it, you can write the words here too."
              rows={5}
              defaultValue={state.values?.[name] ?? question.answer}
              errorMessage={state.fieldErrors?.[name]}
            />
            {versions.map((version) => (
              <OtherVersion key={version.id} version={version} settle={settle} />
            ))}
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
      <SaveStatus status={status} />
      <div>
        <Button type="submit" isPending={isPending}>
          Save my answers
        </Button>
      </div>
    </form>
  );
}

const buttonFocusRing =
  'outline-none focus-visible:outline-3 focus-visible:outline-solid focus-visible:outline-ink focus-visible:shadow-[0_0_0_6px_var(--color-focus)] forced-colors:focus-visible:outline-[Highlight]';

/**
 * Another version of this answer, kept when an answer typed offline met one saved elsewhere (decision 022).
 * Its buttons send the whole form (so nothing typed is lost) to the settle action; they work without JavaScript.
 */
function OtherVersion({ version, settle }: { version: { id: string; text: string }; settle: (choice: 'use' | 'dismiss', versionId: string, formData: FormData) => Promise<void> }) {
  const headingId = `other-version-${version.id}`;
  return (
    <section aria-labelledby={headingId} className="border-l-8 border-line bg-paper p-4">
      <h2 id={headingId} className="text-lg font-bold">
        You also wrote this on another device:
      </h2>
      <blockquote className="mt-2 border-l-4 border-line pl-3 whitespace-pre-wrap">{version.text}</blockquote>
      <div className="mt-4 flex flex-wrap gap-4">
        <button type="submit" formAction={settle.bind(null, 'use', version.id)} className={buttonClasses('secondary', buttonFocusRing)}>
          Use this one
        </button>
        <button type="submit" formAction={settle.bind(null, 'dismiss', version.id)} className={buttonClasses('secondary', buttonFocusRing)}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
