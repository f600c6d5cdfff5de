'use client';

import Link from 'next/link';
import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

/** One start of a course: when it starts, when to apply by, how many places. */
export function CourseRunForm({
  action,
  courseId,
  run,
  heading,
  removeHref,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  courseId: string;
  run: { id: string; startsOn: string; applyBy: string | null; places: number | null };
  heading: string;
  /** The course page asking "Remove this start date?" for this run. */
  removeHref: string;
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  const prefix = `run-${run.id}`;
  // Field ids are unique per run (several forms on one page); the error summary links to them.
  const linked = errors.map((error) => ({ ...error, field: error.field ? `${prefix}-${error.field}` : '' }));
  return (
    <form action={formAction} noValidate aria-label={heading} className="mt-4 flex flex-col gap-4 border-l-4 border-line bg-paper p-4">
      <h3 className="text-xl font-bold">{heading}</h3>
      <ErrorSummary errors={linked} />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="runId" value={run.id} />
      <TextField
        id={`${prefix}-startsOn`}
        name="startsOn"
        label="Start date"
        type="date"
        width="medium"
        defaultValue={state.values?.startsOn ?? run.startsOn}
        errorMessage={state.fieldErrors?.startsOn}
      />
      <TextField
        id={`${prefix}-applyBy`}
        name="applyBy"
        label="Apply by (optional)"
        type="date"
        width="medium"
        defaultValue={state.values?.applyBy ?? run.applyBy ?? ''}
        errorMessage={state.fieldErrors?.applyBy}
      />
      <TextField
        id={`${prefix}-places`}
        name="places"
        label="Number of places"
        description="Leave it empty if there is no limit."
        inputMode="numeric"
        width="short"
        defaultValue={state.values?.places ?? (run.places === null ? '' : String(run.places))}
        errorMessage={state.fieldErrors?.places}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" isPending={isPending}>
          Save this start date
        </Button>
        <Link href={removeHref} className="inline-flex min-h-11 items-center">
          Remove this start date
        </Link>
      </div>
    </form>
  );
}
