'use client';

import { useActionState, useRef } from 'react';
import { SaveStatus } from '@/components/applications/save-status';
import { useAutosave } from '@/components/applications/use-autosave';
import { type OfflineFormOwner, useOfflineForm } from '@/components/applications/use-offline-form';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { FileField } from '@/components/media/file-field';
import { MediaRecorderField } from '@/components/media/media-recorder';
import { buttonClasses } from '@/components/ui/button-styles';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Radio, RadioGroup } from '@/components/ui/radio-group';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { ProfileSection } from '@/lib/applications/profile';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';
import { describeSize, MEDIA_MAX_BYTES } from '@/lib/media/rules';

/**
 * One section of the application profile. Works as a plain form without JavaScript (two Save buttons); with
 * JavaScript every change is also saved a moment after typing stops.
 */
export function ProfileSectionForm({
  section,
  values,
  statementMedia,
  next,
  action,
  autosave,
  offline: owner,
}: {
  section: ProfileSection;
  /** The saved values, as the fields show them. */
  values: Record<string, string>;
  /** A recorded "about you", when there is one. */
  statementMedia: { id: string; kind: 'audio' | 'video' } | null;
  next: string | null;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  autosave: (formData: FormData) => Promise<{ ok: boolean }>;
  /** Whose phone drafts these are, and the server's clock: see useOfflineForm. */
  offline: OfflineFormOwner;
}) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const { status, setStatus, onChange } = useAutosave(formRef, autosave, {
    keepOffline: (form) => offline.keep(form),
    onSaved: () => offline.onSaved(),
  });
  const offline = useOfflineForm(formRef, { draftKey: `profile:${owner.ownerKey}:${section}`, owner, save: autosave, setStatus });
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  const value = (name: string) => state.values?.[name] ?? values[name] ?? '';
  const error = (name: string) => state.fieldErrors?.[name];

  return (
    <form ref={formRef} action={formAction} onChange={onChange} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="section" value={section} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {section === 'contact' ? (
        <>
          <TextField
            id="contactPhone"
            name="contactPhone"
            label="Your mobile number"
            description="We filled this in from your account. Change it if they should use another number."
            type="tel"
            autoComplete="tel"
            width="medium"
            defaultValue={value('contactPhone')}
            errorMessage={error('contactPhone')}
          />
          <TextField
            id="contactEmail"
            name="contactEmail"
            label="Your email address (if you have one)"
            type="email"
            autoComplete="email"
            defaultValue={value('contactEmail')}
            errorMessage={error('contactEmail')}
          />
          <TextField
            id="dateOfBirth"
            name="dateOfBirth"
            label="Your date of birth"
            description="For example, 27 3 2010"
            autoComplete="bday"
            width="medium"
            defaultValue={value('dateOfBirth')}
            errorMessage={error('dateOfBirth')}
          />
        </>
      ) : null}
      {section === 'school' ? (
        <>
          <TextField
            id="school"
            name="school"
            label="Your school or college"
            description="If you have left, write where you went and when you left"
            defaultValue={value('school')}
            errorMessage={error('school')}
          />
          <TextArea
            id="qualifications"
            name="qualifications"
            label="Exams and qualifications"
            description="What you have passed or are taking, like “GCSE maths, expecting a 4”. Write “none yet” if you have none."
            rows={5}
            defaultValue={value('qualifications')}
            errorMessage={error('qualifications')}
          />
        </>
      ) : null}
      {section === 'support' ? (
        <>
          <RadioGroup
            name="needsSupport"
            label="Do you need any help or changes?"
            description="For example, extra time, someone with you at the interview, or help with reading"
            orientation="horizontal"
            defaultValue={value('needsSupport') || undefined}
            errorMessage={error('needsSupport')}
          >
            <Radio id="needsSupport" value="yes">
              Yes
            </Radio>
            <Radio value="no">No</Radio>
          </RadioGroup>
          <TextArea
            id="supportNeeds"
            name="supportNeeds"
            label="What help do you need? (if you said yes)"
            rows={4}
            defaultValue={value('supportNeeds')}
            errorMessage={error('supportNeeds')}
          />
          <TextArea
            id="adjustments"
            name="adjustments"
            label="Changes that would help at an interview or when you start (you can leave this empty)"
            description="For example, a quiet room, or the questions written down"
            rows={4}
            defaultValue={value('adjustments')}
            errorMessage={error('adjustments')}
          />
        </>
      ) : null}
      {section === 'statement' ? (
        <>
          <TextArea
            id="personalStatement"
            name="personalStatement"
            label="About you"
            description="What you like doing, what you are good at, and why you want to do this. A few lines is fine. Or say it below."
            rows={8}
            defaultValue={value('personalStatement')}
            errorMessage={error('personalStatement')}
          />
          <div>
            <p className="text-lg font-bold">Or say it</p>
            <MediaRecorderField name="personalStatementMediaId" slot="statement" initialMedia={statementMedia} onMediaChange={onChange} />
          </div>
          <FileField
            id="statementFile"
            label="Or choose a sound recording or video"
            hint={`Sound must be smaller than ${describeSize(MEDIA_MAX_BYTES.audio)}, video smaller than ${describeSize(MEDIA_MAX_BYTES.video)}.`}
            error={error('statementFile')}
            accept="audio/*,video/*"
          />
        </>
      ) : null}
      <SaveStatus status={status} />
      <div className="flex flex-wrap gap-4">
        <button type="submit" name="intent" value="done" disabled={isPending} className={buttonClasses('primary', 'cursor-pointer')}>
          Save – this part is done
        </button>
        <button type="submit" name="intent" value="later" disabled={isPending} className={buttonClasses('secondary', 'cursor-pointer')}>
          Save and come back later
        </button>
      </div>
    </form>
  );
}
