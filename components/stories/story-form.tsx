'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { FileField } from '@/components/media/file-field';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeCheckbox } from '@/components/ui/native-fields';
import { NativeSelect } from '@/components/ui/native-select';
import { TextArea, TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

/**
 * Add a young person's story: what it is about, the clip (sound or video), their words written out,
 * captions for a video, and their agreement to share it. Used by provider staff and by the council.
 * A plain multipart form, so it works without JavaScript.
 */
export function StoryForm({
  action,
  subjects,
  subjectLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  subjects: { value: string; label: string }[];
  subjectLabel: string;
}) {
  const { state, formAction, isPending, errors, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate aria-label="Add a story" className="flex flex-col gap-5 border-l-4 border-line bg-paper p-4">
      <ErrorSummary errors={errors} />
      <NativeSelect id="subject" name="subject" label={subjectLabel} defaultValue={value('subject')} errorMessage={state.fieldErrors?.subject} options={subjects} />
      <FileField
        id="clip"
        label="The recording"
        hint="A sound file or a short video, up to 60 MB. If there was a problem, choose the file again."
        accept="audio/*,video/*"
        error={state.fieldErrors?.clip}
      />
      <TextField
        id="tellerName"
        name="tellerName"
        label="Their first name"
        width="medium"
        defaultValue={value('tellerName')}
        errorMessage={state.fieldErrors?.tellerName}
      />
      <TextField
        id="tellerAge"
        name="tellerAge"
        label="Their age (optional)"
        inputMode="numeric"
        width="short"
        defaultValue={value('tellerAge')}
        errorMessage={state.fieldErrors?.tellerAge}
      />
      <TextArea
        id="transcript"
        name="transcript"
        label="Everything they say, written down"
        description="People who cannot hear the recording read this instead."
        rows={6}
        defaultValue={value('transcript')}
        errorMessage={state.fieldErrors?.transcript}
      />
      <FileField
        id="captionsFile"
        label="Captions file (needed for a video)"
        hint="A WebVTT file (.vtt) with the words and their times. Video editors and phone apps can make one."
        accept=".vtt,text/vtt"
        error={state.fieldErrors?.captionsFile}
      />
      <div className={state.fieldErrors?.hasConsent ? 'border-l-4 border-error pl-4' : undefined}>
        {state.fieldErrors?.hasConsent ? (
          <p id="hasConsent-error" className="font-bold text-error">
            <span className="sr-only">Error: </span>
            {state.fieldErrors.hasConsent}
          </p>
        ) : null}
        <NativeCheckbox
          id="hasConsent"
          name="hasConsent"
          defaultChecked={value('hasConsent') === 'yes'}
          describedBy={state.fieldErrors?.hasConsent ? 'hasConsent-error' : undefined}
        >
          The young person agreed to share this story, and their parent or carer did too if they are under 16
        </NativeCheckbox>
      </div>
      <div>
        <Button type="submit" isPending={isPending}>
          Add the story
        </Button>
      </div>
    </form>
  );
}
