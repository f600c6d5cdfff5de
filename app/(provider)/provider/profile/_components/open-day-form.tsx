'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { TextArea, TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

/** Add an open day or taster event: the day, the times, where, and what happens. */
export function OpenDayForm({
  action,
  sites,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  sites: { id: string; name: string }[];
}) {
  const { state, formAction, isPending, errors, value } = useFormAction(action, { idPrefix: 'open-day' });
  return (
    <form action={formAction} noValidate aria-label="Add an open day" className="mt-4 flex flex-col gap-4 border-l-4 border-line bg-paper p-4">
      <h3 className="text-xl font-bold">Add an open day</h3>
      <ErrorSummary errors={errors} />
      <TextField id="open-day-date" name="date" label="Date" type="date" width="medium" defaultValue={value('date')} errorMessage={state.fieldErrors?.date} />
      <TextField id="open-day-startsAt" name="startsAt" label="Starts at" description="For example, 10:00." type="time" width="short" defaultValue={value('startsAt')} errorMessage={state.fieldErrors?.startsAt} />
      <TextField id="open-day-endsAt" name="endsAt" label="Ends at" description="For example, 13:00." type="time" width="short" defaultValue={value('endsAt')} errorMessage={state.fieldErrors?.endsAt} />
      <NativeSelect
        id="open-day-siteId"
        name="siteId"
        label="Where"
        defaultValue={value('siteId')}
        options={[{ value: '', label: 'Not at one of our sites' }, ...sites.map((site) => ({ value: site.id, label: site.name }))]}
      />
      <TextArea id="open-day-description" name="description" label="What happens (optional)" rows={3} defaultValue={value('description')} errorMessage={state.fieldErrors?.description} />
      <div>
        <Button type="submit" variant="secondary" isPending={isPending}>
          Add open day
        </Button>
      </div>
    </form>
  );
}
