'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { FileField } from '@/components/media/file-field';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { type FormState } from '@/lib/forms/form-state';

/**
 * Upload a CSV file to check it. A plain multipart form posted to a server action, so it works without
 * JavaScript; nothing is saved until the person confirms on the next page.
 */
export function ImportUploadForm({ action, label }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; label: string }) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate aria-label="Upload a CSV file" className="flex flex-col gap-5 border-l-4 border-line bg-paper p-4">
      <ErrorSummary errors={errors} />
      <FileField id="file" label={label} hint="A CSV file made from the template, smaller than 1 MB, with up to 2,000 rows." accept=".csv,text/csv" error={state.fieldErrors?.file} />
      <div>
        <Button type="submit" isPending={isPending}>
          Upload and check
        </Button>
      </div>
    </form>
  );
}
