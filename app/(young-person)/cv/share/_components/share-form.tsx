'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Radio, RadioGroup } from '@/components/ui/radio-group';
import { SHARE_LINK_CHOICES_DAYS, SHARE_LINK_DEFAULT_DAYS } from '@/lib/cv/share';

type ShareFormState = { link?: string };

/** Makes a share link and shows it once. The page works without JavaScript: the action's answer is rendered. */
export function ShareForm({
  action,
  origin,
}: {
  action: (previous: ShareFormState, formData: FormData) => Promise<ShareFormState>;
  origin: string;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  const fullLink = state.link ? `${origin}${state.link}` : null;
  return (
    <>
      {fullLink ? (
        <div role="status" className="mt-6 border-l-8 border-success bg-paper p-4">
          <h2 className="text-2xl font-bold">Your new link</h2>
          <p className="mt-2">Copy it now and send it to the employer or college. We only show it once.</p>
          <label htmlFor="new-link" className="mt-4 block font-bold">
            Link to your CV
          </label>
          <input
            id="new-link"
            readOnly
            value={fullLink}
            className="mt-1 block min-h-12 w-full max-w-2xl border-2 border-ink bg-paper px-3 text-lg"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
      <form action={formAction} className="mt-6 flex flex-col gap-6">
        <RadioGroup name="days" label="How long should the link work?" defaultValue={String(SHARE_LINK_DEFAULT_DAYS)}>
          {SHARE_LINK_CHOICES_DAYS.map((days) => (
            <Radio key={days} value={String(days)}>
              {days} days
            </Radio>
          ))}
        </RadioGroup>
        <div>
          <Button type="submit" isPending={isPending}>
            Make a share link
          </Button>
        </div>
      </form>
    </>
  );
}
