'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { FileField } from '@/components/media/file-field';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';
import { ALT_TEXT_MAX } from '@/lib/provider-photos/schemas';

/**
 * Add a photo and say what it shows: a provider's photo, or a council's own picture for a type of work. A plain
 * multipart form, so it works without JavaScript.
 */
export function ProviderPhotoForm({
  action,
  formLabel = 'Add a photo',
  submitLabel = 'Add the photo',
  hidden = {},
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  formLabel?: string;
  submitLabel?: string;
  /** Hidden fields sent with it, such as which type of work the picture is for. */
  hidden?: Record<string, string>;
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate aria-label={formLabel} className="flex flex-col gap-5 border-l-4 border-line bg-paper p-4">
      <ErrorSummary errors={errors} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FileField
        id="photo"
        label="The photo"
        hint="A JPG, PNG or WebP photo. We remove where and when it was taken. If there was a problem, choose it again."
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
        error={state.fieldErrors?.photo}
      />
      <TextField
        id="altText"
        name="altText"
        label="What the photo shows"
        description={`Plain words for people who cannot see it, like “Students fixing a car engine”. Up to ${ALT_TEXT_MAX} letters.`}
        defaultValue={state.values?.altText ?? ''}
        errorMessage={state.fieldErrors?.altText}
      />
      <div>
        <Button type="submit" isPending={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
