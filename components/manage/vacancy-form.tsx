'use client';

import { type ReactNode } from 'react';
import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeRadioGroup } from '@/components/ui/native-radio-group';
import { TextArea, TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';
import { MAX_QUESTIONS, WAGE_CHOICE_WORDS, WAGE_CHOICES } from '@/lib/vacancies/posting';
import { VACANCY_TYPES } from '@/lib/vacancies/search';
import { VACANCY_TYPE_WORDS } from '@/lib/vacancies/words';

export type VacancyFormValues = Record<string, string>;
type AreaChoices = { name: string; kinds: { id: string; name: string; imagePath: string }[] };

type Tick = 'isNoExperienceNeeded' | 'isNoQualificationsNeeded' | 'acceptsVoiceAndVideo';

function Picture({ src }: { src: string }) {
  // eslint-disable-next-line @next/next/no-img-element -- small SVGs, or a council photo already made small on upload; the label names the choice
  return <img src={src} alt="" width={64} height={64} className="mt-1 size-16 object-cover" />;
}

function ChoiceError({ id, message, children }: { id: string; message?: string; children: ReactNode }) {
  return (
    <div id={id} tabIndex={-1} className={message ? 'border-l-4 border-error pl-4' : undefined}>
      {message ? <p className="mb-2 font-bold text-error">Error: {message}</p> : null}
      {children}
    </div>
  );
}

/** Post or change a vacancy: every fact the search and the vacancy page need. */
export function VacancyForm({
  action,
  areas,
  saved,
  submitLabel,
  vacancyId,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  areas: AreaChoices[];
  saved: VacancyFormValues;
  submitLabel: string;
  vacancyId?: string;
}) {
  const { state, formAction, isPending, errors, value } = useFormAction(action, { saved });
  const isTicked = (field: Tick) => (state.values ? state.values[field] === 'on' : saved[field] === 'on');
  const error = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-8">
      <ErrorSummary errors={errors} />
      {vacancyId ? <input type="hidden" name="vacancyId" value={vacancyId} /> : null}
      <TextField id="title" name="title" label="Job title" description="For example, Trainee mechanic." defaultValue={value('title')} errorMessage={error('title')} />
      <ChoiceError id="type" message={error('type')}>
        <NativeRadioGroup
          name="type"
          legend="What kind of vacancy is it?"
          value={value('type')}
          options={VACANCY_TYPES.map((type) => ({
            value: type,
            label: `${VACANCY_TYPE_WORDS[type].label}: ${VACANCY_TYPE_WORDS[type].hint.toLowerCase()}`,
            preview: <Picture src={VACANCY_TYPE_WORDS[type].picture} />,
          }))}
        />
      </ChoiceError>
      <ChoiceError id="categoryId" message={error('categoryId')}>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-xl font-bold text-ink">What kind of work is it?</legend>
          <p className="text-base text-muted">Choose the picture that fits best. Young people search by these.</p>
          {areas.map((area) => (
            <NativeRadioGroup
              key={area.name}
              name="categoryId"
              legend={area.name}
              value={value('categoryId')}
              options={area.kinds.map((kind) => ({ value: kind.id, label: kind.name, preview: <Picture src={kind.imagePath} /> }))}
            />
          ))}
        </fieldset>
      </ChoiceError>
      <TextArea
        id="summary"
        name="summary"
        label="What the job is, in plain words"
        description="Short sentences, for a young person reading it on a phone."
        rows={4}
        defaultValue={value('summary')}
        errorMessage={error('summary')}
      />
      <TextArea id="whatYoullDo" name="whatYoullDo" label="What they will do each day (optional)" rows={4} defaultValue={value('whatYoullDo')} errorMessage={error('whatYoullDo')} />
      <ChoiceError id="wageChoice" message={error('wageChoice')}>
        <NativeRadioGroup
          name="wageChoice"
          legend="How is it paid?"
          value={value('wageChoice')}
          options={WAGE_CHOICES.map((choice) => ({ value: choice, label: WAGE_CHOICE_WORDS[choice] }))}
        />
      </ChoiceError>
      <TextField
        id="wage"
        name="wage"
        label="Pay in pounds"
        description="For example, 8.50 an hour or 21000 a year. Leave it empty for the legal minimum or unpaid."
        inputMode="decimal"
        width="medium"
        defaultValue={value('wage')}
        errorMessage={error('wage')}
      />
      <TextField id="hoursPerWeek" name="hoursPerWeek" label="Hours a week" description="For example, 37.5." inputMode="decimal" width="short" defaultValue={value('hoursPerWeek')} errorMessage={error('hoursPerWeek')} />
      <TextField id="postcode" name="postcode" label="Postcode of the workplace" description="For example, HX1 2SP." width="medium" defaultValue={value('postcode')} errorMessage={error('postcode')} />
      <TextField id="town" name="town" label="Town or village" width="medium" defaultValue={value('town')} errorMessage={error('town')} />
      <TextField id="closesOn" name="closesOn" label="Closing date" description="The last day to apply." type="date" width="medium" defaultValue={value('closesOn')} errorMessage={error('closesOn')} />
      <TextField
        id="places"
        name="places"
        label="Number of places"
        description="Leave it empty if you will take any number of people."
        inputMode="numeric"
        width="short"
        defaultValue={value('places')}
        errorMessage={error('places')}
      />
      <div className="flex flex-col gap-2">
        <Checkbox id="isNoExperienceNeeded" name="isNoExperienceNeeded" defaultSelected={isTicked('isNoExperienceNeeded')}>
          No experience needed
        </Checkbox>
        <Checkbox id="isNoQualificationsNeeded" name="isNoQualificationsNeeded" defaultSelected={isTicked('isNoQualificationsNeeded')}>
          No qualifications needed
        </Checkbox>
      </div>
      <TextArea
        id="questions"
        name="questions"
        label={`Questions for people who apply (up to ${MAX_QUESTIONS}, optional)`}
        description="Put each question on its own line."
        rows={4}
        defaultValue={value('questions')}
        errorMessage={error('questions')}
      />
      <Checkbox id="acceptsVoiceAndVideo" name="acceptsVoiceAndVideo" defaultSelected={isTicked('acceptsVoiceAndVideo')}>
        They can answer by voice or video as well as in writing
      </Checkbox>
      <div>
        <Button type="submit" isPending={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
