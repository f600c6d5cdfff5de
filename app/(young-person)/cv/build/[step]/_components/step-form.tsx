'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { buttonClasses } from '@/components/ui/button-styles';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeCheckbox, NativeTextField, SubmitButton } from '@/components/ui/native-fields';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { EMPTY_FORM_STATE, errorList, type FormState } from '@/lib/forms/form-state';
import type { CvSection } from '@/lib/cv/sections';

/** Parts of a CV where picking the skills used makes sense. */
const SECTIONS_WITH_SKILLS: readonly CvSection[] = ['things_i_have_done', 'work_and_volunteering', 'interests'];

/**
 * One step of "Build my CV": plain native fields (nothing typed before the page loads is lost, and it works
 * without JavaScript), posted to a server action. Save and continue comes first so Enter saves.
 */
export function StepForm({
  action,
  step,
  section,
  titleLabel,
  titleHint,
  backHref,
  skills,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  step: number;
  section: CvSection;
  titleLabel: string;
  titleHint: string;
  backHref: string;
  skills: { slug: string; name: string; imagePath: string }[];
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  const values = state.values ?? {};
  const chosenSkills = (values.skills ?? '').split(',').filter(Boolean);
  const bodyError = state.fieldErrors?.body;

  return (
    // The key remounts the form after a failed submit, so every field shows the values sent back.
    <form key={JSON.stringify(state)} action={formAction} noValidate className="mt-8 flex flex-col gap-8">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="step" value={step} />
      <NativeTextField id="title" name="title" label={titleLabel} description={titleHint} defaultValue={values.title ?? ''} errorMessage={state.fieldErrors?.title} />
      <div className={bodyError ? 'flex flex-col gap-1 border-l-4 border-error pl-4' : 'flex flex-col gap-1'}>
        <label htmlFor="body" className="block text-lg font-bold text-ink">
          Tell people more (you can leave this empty)
        </label>
        <p id="body-hint" className="text-base text-muted">
          What did you do? What went well?
        </p>
        {bodyError ? (
          <p id="body-error" className="text-base font-bold text-error">
            <span className="sr-only">Error: </span>
            {bodyError}
          </p>
        ) : null}
        <textarea
          id="body"
          name="body"
          rows={4}
          defaultValue={values.body ?? ''}
          aria-describedby={bodyError ? 'body-hint body-error' : 'body-hint'}
          aria-invalid={bodyError ? true : undefined}
          className="block w-full max-w-xl rounded-none border-2 border-ink bg-paper px-3 py-2 text-lg text-ink"
        />
      </div>
      {section === 'education' ? (
        <NativeTextField
          id="grade"
          name="grade"
          width="medium"
          label="Your grade, or the grade you expect (you can leave this empty)"
          description="For example, predicted 6, or Merit"
          defaultValue={values.grade ?? ''}
          errorMessage={state.fieldErrors?.grade}
        />
      ) : null}
      {SECTIONS_WITH_SKILLS.includes(section) ? (
        <PictureChoiceGroup
          selectionMode="multiple"
          name="skills"
          label="What skills did you use? (you can leave this empty)"
          description="Tap all the pictures that fit"
          defaultValue={chosenSkills}
        >
          {skills.map((skill, index) => (
            <PictureChoiceCard key={skill.slug} id={index === 0 ? 'skills' : undefined} value={skill.slug} imageSrc={skill.imagePath} label={skill.name} />
          ))}
        </PictureChoiceGroup>
      ) : null}
      <NativeCheckbox name="showOnCv" defaultChecked={values.title === undefined || values.showOnCv === 'yes'}>
        Show this on my CV. Nobody sees your CV until you share it.
      </NativeCheckbox>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>Save and continue</SubmitButton>
        <button type="submit" name="intent" value="skip" formNoValidate className={buttonClasses('secondary', 'cursor-pointer')}>
          Skip this step
        </button>
        <Link href={backHref} className="inline-flex min-h-11 items-center">
          Back
        </Link>
      </div>
    </form>
  );
}
