'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea, TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

type Values = { name: string; addressLine: string; town: string; postcode: string; gettingThere: string };

const EMPTY: Values = { name: '', addressLine: '', town: '', postcode: '', gettingThere: '' };

/** A place where the provider teaches: its name, address and postcode (which puts it on the map). Add and change. */
export function SiteForm({
  action,
  siteId,
  saved = EMPTY,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  siteId?: string;
  saved?: Values;
  submitLabel: string;
}) {
  const { state, formAction, isPending, errors, value } = useFormAction(action, { saved });
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      {siteId ? <input type="hidden" name="siteId" value={siteId} /> : null}
      <TextField id="name" name="name" label="Name of the site" description="For example, Main campus." defaultValue={value('name')} errorMessage={state.fieldErrors?.name} />
      <TextField
        id="addressLine"
        name="addressLine"
        label="Street address"
        autoComplete="address-line1"
        defaultValue={value('addressLine')}
        errorMessage={state.fieldErrors?.addressLine}
      />
      <TextField id="town" name="town" label="Town" width="medium" autoComplete="address-level2" defaultValue={value('town')} errorMessage={state.fieldErrors?.town} />
      <TextField
        id="postcode"
        name="postcode"
        label="Postcode"
        description="We use it to show how far away the site is. For example, HX1 2SP."
        width="medium"
        autoComplete="postal-code"
        defaultValue={value('postcode')}
        errorMessage={state.fieldErrors?.postcode}
      />
      <TextArea
        id="gettingThere"
        name="gettingThere"
        label="How to get there (optional)"
        description="For example, bus 501 stops outside."
        rows={2}
        defaultValue={value('gettingThere')}
        errorMessage={state.fieldErrors?.gettingThere}
      />
      <div>
        <Button type="submit" isPending={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
