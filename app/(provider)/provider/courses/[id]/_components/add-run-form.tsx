'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

/** Another start of a course: where, when, apply by and places. */
export function AddRunForm({
  action,
  courseId,
  sites,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  courseId: string;
  sites: { id: string; name: string }[];
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  const prefix = 'new-run';
  const linked = errors.map((error) => ({ ...error, field: error.field ? `${prefix}-${error.field}` : '' }));
  const value = (field: string) => state.values?.[field] ?? '';
  return (
    <form action={formAction} noValidate aria-label="Add a start date" className="mt-4 flex flex-col gap-4 border-l-4 border-brand bg-paper p-4">
      <ErrorSummary errors={linked} />
      <input type="hidden" name="courseId" value={courseId} />
      <NativeSelect
        id={`${prefix}-siteId`}
        name="siteId"
        label="Where it starts"
        defaultValue={value('siteId') || (sites.length === 1 ? (sites[0]?.id ?? '') : '')}
        errorMessage={state.fieldErrors?.siteId}
        options={[{ value: '', label: 'Choose a site' }, ...sites.map((site) => ({ value: site.id, label: site.name }))]}
      />
      <TextField id={`${prefix}-startsOn`} name="startsOn" label="Start date" type="date" width="medium" defaultValue={value('startsOn')} errorMessage={state.fieldErrors?.startsOn} />
      <TextField id={`${prefix}-applyBy`} name="applyBy" label="Apply by (optional)" type="date" width="medium" defaultValue={value('applyBy')} errorMessage={state.fieldErrors?.applyBy} />
      <TextField
        id={`${prefix}-places`}
        name="places"
        label="Number of places"
        description="Leave it empty if there is no limit."
        inputMode="numeric"
        width="short"
        defaultValue={value('places')}
        errorMessage={state.fieldErrors?.places}
      />
      <div>
        <Button type="submit" variant="secondary" isPending={isPending}>
          Add this start date
        </Button>
      </div>
    </form>
  );
}
