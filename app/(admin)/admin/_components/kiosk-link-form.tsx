'use client';

import { useActionState } from 'react';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { TextField } from '@/components/ui/text-field';
import { errorList } from '@/lib/forms/form-state';
import type { KioskLinkState } from '../actions';

/** Choose a centre and name the PC; the one-time link appears below, once. */
export function KioskLinkForm({
  action,
  centres,
}: {
  action: (previous: KioskLinkState, formData: FormData) => Promise<KioskLinkState>;
  centres: { id: string; name: string }[];
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  const errors = errorList(state);
  useErrorTitle(errors.length > 0);
  return (
    <>
      <form action={formAction} noValidate className="mt-4 flex flex-col gap-6">
        <ErrorSummary errors={errors} />
        <div>
          <NativeSelect
            id="centre"
            name="centre"
            label="Which centre?"
            defaultValue={state.values?.centre ?? centres[0]?.id}
            options={centres.map((centre) => ({ value: centre.id, label: centre.name }))}
          />
          {state.fieldErrors?.centre ? <p className="mt-1 font-bold text-error">{state.fieldErrors.centre}</p> : null}
        </div>
        <TextField
          id="label"
          name="label"
          label="A name for this computer"
          description='For example, "PC by the window"'
          defaultValue={state.values?.label ?? ''}
          errorMessage={state.fieldErrors?.label}
        />
        <div>
          <Button type="submit" isPending={isPending}>
            Make an enrolment link
          </Button>
        </div>
      </form>
      <div role="status" className="mt-4">
        {state.link ? (
          <div className="border-l-4 border-brand bg-paper p-4">
            <p className="font-bold">Enrolment link for “{state.label}”</p>
            <p className="mt-2">Open this link on that computer. It works once, for 24 hours. You will not see it again.</p>
            <p className="mt-2 break-all">
              <a href={state.link} aria-label={`Enrolment link for ${state.label}`}>
                {state.link}
              </a>
            </p>
          </div>
        ) : null}
      </div>
    </>
  );
}
