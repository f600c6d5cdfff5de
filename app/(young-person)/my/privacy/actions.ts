'use server';

import { notFound, redirect } from 'next/navigation';
import { grantConsent, withdrawConsent } from '@/db/queries/privacy';
import { requireYoungPerson } from '@/lib/auth/session';
import { fieldErrorsFrom, type FormState } from '@/lib/forms/form-state';
import { privacyConfigFrom } from '@/lib/privacy/access';
import { changeConsentSchema, grantConsentSchema } from '@/lib/privacy/schemas';

/** Young people only: let one adviser in their area see the ticked parts of their record. */
export async function grantConsentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireYoungPerson('/my/privacy');
  // Ticked boxes arrive as several values with one name.
  const values = { adviser: String(formData.get('adviser') ?? ''), parts: formData.getAll('parts').map(String).join(',') };
  const parsed = grantConsentSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error), values };
  const isDone = await grantConsent({
    actorId: user.id,
    granteeId: parsed.data.adviser,
    parts: parsed.data.parts,
    now: new Date(),
    config: privacyConfigFrom(),
  });
  if (!isDone) {
    return { formError: 'You cannot do this on your own. Ask a parent, carer or your adviser to help.', values };
  }
  redirect('/my/privacy?changed=allow');
}

/** Young people only: one button to let, or stop, one person seeing one part. Stopping counts from this moment. */
export async function changeConsentAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/my/privacy');
  const parsed = changeConsentSchema.safeParse({
    person: formData.get('person'),
    part: formData.get('part'),
    change: formData.get('change'),
  });
  if (!parsed.success) notFound();
  const { person, part, change } = parsed.data;
  const now = new Date();
  if (change === 'stop') {
    await withdrawConsent({ actorId: user.id, granteeId: person, part, now });
  } else {
    const isDone = await grantConsent({ actorId: user.id, granteeId: person, parts: [part], now, config: privacyConfigFrom() });
    if (!isDone) notFound();
  }
  redirect(`/my/privacy?changed=${change}`);
}
