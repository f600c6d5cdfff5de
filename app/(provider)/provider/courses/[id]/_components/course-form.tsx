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

/** A course as saved (or empty, for a new one): the values the form starts from. */
export type CourseValues = {
  title: string;
  categoryId: string;
  level: string;
  mode: string;
  ageGroup: string;
  isApprenticeship: boolean;
  summary: string;
  entryRequirements: string;
  isNoQualificationsNeeded: boolean;
  method: string;
  durationText: string;
  cost: string;
};
type TextField = Exclude<keyof CourseValues, 'isNoQualificationsNeeded' | 'isApprenticeship'>;

const METHOD_OPTIONS = Object.entries(STUDY_METHOD_WORDS).map(([value, label]) => ({ value, label }));
const LEVEL_OPTIONS = [{ value: '', label: 'Choose a level' }, ...COURSE_LEVELS.map((level) => ({ value: level, label: describeLevel(level) }))];
const MODE_OPTIONS = Object.entries(STUDY_MODE_WORDS).map(([value, label]) => ({ value, label }));
const AGE_OPTIONS = Object.entries(AGE_GROUP_WORDS).map(([value, label]) => ({ value, label }));

export const EMPTY_COURSE_VALUES: CourseValues = {
  title: '',
  categoryId: '',
  level: '',
  mode: '',
  ageGroup: '',
  isApprenticeship: false,
  summary: '',
  entryRequirements: '',
  isNoQualificationsNeeded: false,
  method: '',
  durationText: '',
  cost: '',
};

/**
 * Every field of a course, in the words young people read on the course page: one form (and one schema,
 * `courseSchema`) for a new course and for a change. A new course (with `firstRunSites`) also asks for its
 * first start date; later ones are added on the course page.
 */
export function CourseForm({
  action,
  courseId,
  saved,
  kinds,
  firstRunSites,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  courseId?: string;
  saved: CourseValues;
  /** The kinds of work to choose from (the picture list young people search by). */
  kinds: { id: string; name: string }[];
  firstRunSites?: { id: string; name: string }[];
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  const text = (field: TextField) => state.values?.[field] ?? saved[field];
  // After a failed submit, a box is ticked only if it came back ticked.
  const isTicked = (field: 'isNoQualificationsNeeded' | 'isApprenticeship') => (state.values ? state.values[field] === 'on' : saved[field]);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      {courseId ? <input type="hidden" name="courseId" value={courseId} /> : null}
      <CourseNameAndKindFields state={state} text={text} isApprenticeship={isTicked('isApprenticeship')} kinds={kinds} />
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
      <Checkbox id="isNoQualificationsNeeded" name="isNoQualificationsNeeded" defaultSelected={isTicked('isNoQualificationsNeeded')}>
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
      {firstRunSites ? <FirstRunFields state={state} sites={firstRunSites} /> : null}
      <div>
        <Button type="submit" isPending={isPending}>
          {firstRunSites ? 'Add the course' : 'Save course'}
        </Button>
      </div>
    </form>
  );
}

function FieldError({ message }: { message: string | undefined }) {
  return message ? <p className="mt-1 font-bold text-error">{message}</p> : null;
}

/** The name, kind of work, level, mode, ages and apprenticeship of a course. */
function CourseNameAndKindFields({
  state,
  text,
  isApprenticeship,
  kinds,
}: {
  state: FormState;
  text: (field: TextField) => string;
  isApprenticeship: boolean;
  kinds: { id: string; name: string }[];
}) {
  return (
    <>
      <TextField id="title" name="title" label="Name of the course" description="For example, Plumbing Level 1." defaultValue={text('title')} errorMessage={state.fieldErrors?.title} />
      <NativeSelect
        id="categoryId"
        name="categoryId"
        label="Kind of work it leads to"
        hint="Young people find courses by these pictures."
        defaultValue={text('categoryId')}
        errorMessage={state.fieldErrors?.categoryId}
        options={[{ value: '', label: 'Choose a kind of work' }, ...kinds.map((kind) => ({ value: kind.id, label: kind.name }))]}
      />
      <NativeSelect id="level" name="level" label="Level" defaultValue={text('level')} errorMessage={state.fieldErrors?.level} options={LEVEL_OPTIONS} />
      <div id="mode">
        <NativeRadioGroup name="mode" legend="Full time or part time" value={text('mode')} options={MODE_OPTIONS} />
        <FieldError message={state.fieldErrors?.mode} />
      </div>
      <div id="ageGroup">
        <NativeRadioGroup name="ageGroup" legend="Who it is for" value={text('ageGroup')} options={AGE_OPTIONS} />
        <FieldError message={state.fieldErrors?.ageGroup} />
      </div>
      <Checkbox id="isApprenticeship" name="isApprenticeship" defaultSelected={isApprenticeship}>
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
