'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

export function AskAdviserForm({
  action,
  courseSlug,
  vacancyId,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  courseSlug?: string;
  vacancyId?: string;
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      {courseSlug ? <input type="hidden" name="course" value={courseSlug} /> : null}
      {vacancyId ? <input type="hidden" name="vacancy" value={vacancyId} /> : null}
      <TextArea
        id="message"
        name="message"
        label="Anything you want to say? (you can leave this empty)"
        description="For example, the best time to call you"
        rows={4}
        defaultValue={state.values?.message ?? ''}
        errorMessage={state.fieldErrors?.message}
      />
      <div>
        <Button type="submit" isPending={isPending}>
          Send to my adviser
        </Button>
      </div>
    </form>
  );
}
