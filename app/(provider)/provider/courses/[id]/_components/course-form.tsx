'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeRadioGroup } from '@/components/ui/native-radio-group';
import { NativeSelect } from '@/components/ui/native-select';
import { TextArea, TextField } from '@/components/ui/text-field';
import { COURSE_LEVELS, describeLevel } from '@/lib/courses/levels';
import { AGE_GROUP_WORDS, STUDY_METHOD_WORDS, STUDY_MODE_WORDS } from '@/lib/courses/words';
import { type FormState } from '@/lib/forms/form-state';

type Values = { summary: string; entryRequirements: string; isNoQualificationsNeeded: boolean; method: string; durationText: string; cost: string };

const METHOD_OPTIONS = Object.entries(STUDY_METHOD_WORDS).map(([value, label]) => ({ value, label }));
const LEVEL_OPTIONS = [{ value: '', label: 'Choose a level' }, ...COURSE_LEVELS.map((level) => ({ value: level, label: describeLevel(level) }))];
const MODE_OPTIONS = Object.entries(STUDY_MODE_WORDS).map(([value, label]) => ({ value, label }));
const AGE_OPTIONS = Object.entries(AGE_GROUP_WORDS).map(([value, label]) => ({ value, label }));

export const EMPTY_COURSE_VALUES: Values = { summary: '', entryRequirements: '', isNoQualificationsNeeded: false, method: '', durationText: '', cost: '' };

/** What only a new course needs: the lists to choose its kind of work and its first site from. */
export type NewCourseChoices = { kinds: { id: string; name: string }[]; sites: { id: string; name: string }[] };

/**
 * A course's main details, in the words young people read on the course page. The same form adds a new
 * course (with `newCourse`): then it also asks for the name, kind of work, level, who it is for and the
 * first start date.
 */
export function CourseForm({
  action,
  courseId,
  saved,
  newCourse,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  courseId?: string;
  saved: Values;
  newCourse?: NewCourseChoices;
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  const text = (field: Exclude<keyof Values, 'isNoQualificationsNeeded'>) => state.values?.[field] ?? saved[field];
  const isNoQualifications = state.values ? state.values.isNoQualificationsNeeded === 'on' : saved.isNoQualificationsNeeded;
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      {courseId ? <input type="hidden" name="courseId" value={courseId} /> : null}
      {newCourse ? <NewCourseFields state={state} choices={newCourse} /> : null}
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
      {newCourse ? <FirstRunFields state={state} sites={newCourse.sites} /> : null}
      <div>
        <Button type="submit" isPending={isPending}>
          {newCourse ? 'Add the course' : 'Save course'}
        </Button>
      </div>
    </form>
  );
}

function FieldError({ message }: { message: string | undefined }) {
  return message ? <p className="mt-1 font-bold text-error">{message}</p> : null;
}

/** The name, kind of work, level, mode, ages and apprenticeship of a new course. */
function NewCourseFields({ state, choices }: { state: FormState; choices: NewCourseChoices }) {
  const value = (field: string) => state.values?.[field] ?? '';
  return (
    <>
      <TextField id="title" name="title" label="Name of the course" description="For example, Plumbing Level 1." defaultValue={value('title')} errorMessage={state.fieldErrors?.title} />
      <NativeSelect
        id="categoryId"
        name="categoryId"
        label="Kind of work it leads to"
        hint="Young people find courses by these pictures."
        defaultValue={value('categoryId')}
        errorMessage={state.fieldErrors?.categoryId}
        options={[{ value: '', label: 'Choose a kind of work' }, ...choices.kinds.map((kind) => ({ value: kind.id, label: kind.name }))]}
      />
      <NativeSelect id="level" name="level" label="Level" defaultValue={value('level')} errorMessage={state.fieldErrors?.level} options={LEVEL_OPTIONS} />
      <div id="mode">
        <NativeRadioGroup name="mode" legend="Full time or part time" value={value('mode')} options={MODE_OPTIONS} />
        <FieldError message={state.fieldErrors?.mode} />
      </div>
      <div id="ageGroup">
        <NativeRadioGroup name="ageGroup" legend="Who it is for" value={value('ageGroup')} options={AGE_OPTIONS} />
        <FieldError message={state.fieldErrors?.ageGroup} />
      </div>
      <Checkbox id="isApprenticeship" name="isApprenticeship" defaultSelected={value('isApprenticeship') === 'on'}>
        This is an apprenticeship
      </Checkbox>
    </>
  );
}

/** Where and when a new course first starts. */
function FirstRunFields({ state, sites }: { state: FormState; sites: { id: string; name: string }[] }) {
  const value = (field: string) => state.values?.[field] ?? '';
  return (
    <fieldset className="flex flex-col gap-6">
      <legend className="mb-2 text-2xl font-bold">First start date</legend>
      <NativeSelect
        id="siteId"
        name="siteId"
        label="Where it starts"
        defaultValue={value('siteId') || (sites.length === 1 ? (sites[0]?.id ?? '') : '')}
        errorMessage={state.fieldErrors?.siteId}
        options={[{ value: '', label: 'Choose a site' }, ...sites.map((site) => ({ value: site.id, label: site.name }))]}
      />
      <TextField id="startsOn" name="startsOn" label="Start date" type="date" width="medium" defaultValue={value('startsOn')} errorMessage={state.fieldErrors?.startsOn} />
      <TextField id="applyBy" name="applyBy" label="Apply by (optional)" type="date" width="medium" defaultValue={value('applyBy')} errorMessage={state.fieldErrors?.applyBy} />
      <TextField
        id="places"
        name="places"
        label="Number of places"
        description="Leave it empty if there is no limit."
        inputMode="numeric"
        width="short"
        defaultValue={value('places')}
        errorMessage={state.fieldErrors?.places}
      />
    </fieldset>
  );
}
