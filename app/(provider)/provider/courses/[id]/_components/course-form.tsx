'use client';

import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeRadioGroup } from '@/components/ui/native-radio-group';
import { TextArea, TextField } from '@/components/ui/text-field';
import { STUDY_METHOD_WORDS } from '@/lib/courses/words';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';

type Values = { summary: string; entryRequirements: string; isNoQualificationsNeeded: boolean; method: string; durationText: string; cost: string };

const METHOD_OPTIONS = Object.entries(STUDY_METHOD_WORDS).map(([value, label]) => ({ value, label }));

/** A course's main details, in the words young people read on the course page. */
export function CourseForm({
  action,
  courseId,
  saved,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  courseId: string;
  saved: Values;
}) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  const text = (field: Exclude<keyof Values, 'isNoQualificationsNeeded'>) => state.values?.[field] ?? saved[field];
  const isNoQualifications = state.values ? state.values.isNoQualificationsNeeded === 'on' : saved.isNoQualificationsNeeded;
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="courseId" value={courseId} />
      <TextArea
        id="summary"
        name="summary"
        label="What the course is, in plain words"
        description="Short sentences. Say who it is for."
        rows={4}
        defaultValue={text('summary')}
        errorMessage={state.fieldErrors?.summary}
      />
      <TextArea
        id="entryRequirements"
        name="entryRequirements"
        label="What you need to start"
        rows={3}
        defaultValue={text('entryRequirements')}
        errorMessage={state.fieldErrors?.entryRequirements}
      />
      <Checkbox id="isNoQualificationsNeeded" name="isNoQualificationsNeeded" defaultSelected={isNoQualifications}>
        No qualifications needed
      </Checkbox>
      <div id="method">
        <NativeRadioGroup name="method" legend="How students learn" value={text('method')} options={METHOD_OPTIONS} />
        {state.fieldErrors?.method ? <p className="mt-1 font-bold text-error">{state.fieldErrors.method}</p> : null}
      </div>
      <TextField
        id="durationText"
        name="durationText"
        label="How long it lasts"
        description="For example, 1 year or 2 years."
        width="medium"
        defaultValue={text('durationText')}
        errorMessage={state.fieldErrors?.durationText}
      />
      <TextArea
        id="cost"
        name="cost"
        label="Cost and help with money"
        description="For example, free for under 19s, bursaries, help with bus fares."
        rows={3}
        defaultValue={text('cost')}
        errorMessage={state.fieldErrors?.cost}
      />
      <div>
        <Button type="submit" isPending={isPending}>
          Save course
        </Button>
      </div>
    </form>
  );
}
