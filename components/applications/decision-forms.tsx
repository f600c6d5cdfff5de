'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea, TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

function DecisionForm({
  action,
  applicationId,
  heading,
  submitLabel,
  variant = 'primary',
  children,
}: {
  action: Action;
  applicationId: string;
  heading: string;
  submitLabel: string;
  variant?: 'primary' | 'secondary' | 'warning';
  children: (state: FormState) => React.ReactNode;
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4 border-2 border-line bg-paper p-4">
      <h3 className="text-xl font-bold">{heading}</h3>
      <ErrorSummary errors={errors} />
      <input type="hidden" name="id" value={applicationId} />
      {children(state)}
      <div>
        <Button type="submit" variant={variant} isPending={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/**
 * What staff can decide about an application: invite to an interview, make an offer, or turn it down with a
 * reason the young person will read. The page shows only the ones the state machine allows.
 */
export function DecisionForms({
  applicationId,
  canInvite,
  canOffer,
  canTurnDown,
  inviteAction,
  offerAction,
  turnDownAction,
}: {
  applicationId: string;
  canInvite: boolean;
  canOffer: boolean;
  canTurnDown: boolean;
  inviteAction: Action;
  offerAction: Action;
  turnDownAction: Action;
}) {
  return (
    <div className="mt-4 flex flex-col gap-6">
      {canInvite ? (
        <DecisionForm action={inviteAction} applicationId={applicationId} heading="Invite to an interview" submitLabel="Send the invitation">
          {(state) => (
            <>
              <TextField
                id="interviewAt"
                name="interviewAt"
                type="datetime-local"
                label="Date and time"
                width="medium"
                defaultValue={state.values?.interviewAt ?? ''}
                errorMessage={state.fieldErrors?.interviewAt}
              />
              <TextArea
                id="note"
                name="note"
                label="Where, and what to bring (they will see this)"
                rows={3}
                defaultValue={state.values?.note ?? ''}
                errorMessage={state.fieldErrors?.note}
              />
            </>
          )}
        </DecisionForm>
      ) : null}
      {canOffer ? (
        <DecisionForm action={offerAction} applicationId={applicationId} heading="Make an offer" submitLabel="Make the offer">
          {(state) => (
            <>
              <TextArea
                id="conditions"
                name="conditions"
                label="Conditions (you can leave this empty)"
                description="For example, “You need grade 4 in English.” Write it in plain words."
                rows={3}
                defaultValue={state.values?.conditions ?? ''}
                errorMessage={state.fieldErrors?.conditions}
              />
              <TextArea
                id="offerNote"
                name="note"
                label="A message to them (you can leave this empty)"
                rows={3}
                defaultValue={state.values?.note ?? ''}
                errorMessage={state.fieldErrors?.note}
              />
            </>
          )}
        </DecisionForm>
      ) : null}
      {canTurnDown ? (
        <DecisionForm action={turnDownAction} applicationId={applicationId} heading="Turn down" submitLabel="Turn down" variant="warning">
          {(state) => (
            <TextArea
              id="reason"
              name="reason"
              label="Why? They will read this, so use plain, kind words"
              description="For example, “We had a lot of people apply. Try our Level 1 course first.”"
              rows={3}
              defaultValue={state.values?.reason ?? ''}
              errorMessage={state.fieldErrors?.reason}
            />
          )}
        </DecisionForm>
      ) : null}
    </div>
  );
}
