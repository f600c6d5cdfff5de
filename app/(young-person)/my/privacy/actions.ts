'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { nameParentCarer, removeParentCarer } from '@/db/queries/parent-carers';
import { grantConsent, withdrawConsent } from '@/db/queries/privacy';
import { requireYoungPerson } from '@/lib/auth/session';
import { fieldErrorsFrom, type FormState } from '@/lib/forms/form-state';
import { changeConsentSchema, grantConsentSchema, parentCarerSchema, removeParentCarerSchema } from '@/lib/privacy/schemas';

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
    config: (await getAreaSettings({ laId: user.laId })).privacy,
  });
  if (!isDone) {
    return { formError: 'You cannot do this on your own. Ask a parent, carer or your adviser to help.', values };
  }
  redirect(`/my/privacy?changed=${isDone === 'waiting' ? 'waiting' : 'allow'}`);
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
    const isDone = await grantConsent({ actorId: user.id, granteeId: person, parts: [part], now, config: (await getAreaSettings({ laId: user.laId })).privacy });
    if (!isDone) notFound();
    if (isDone === 'waiting') redirect('/my/privacy?changed=waiting');
  }
  redirect(`/my/privacy?changed=${change}`);
}

const PARENT_RESULT_WORDS = {
  'already-named': 'You have named a parent or carer already. Stop them first to name someone else.',
  'number-not-usable': 'That number cannot be used. Check it, or use another number.',
  'not-found': 'Something went wrong. Try again.',
} as const;

/** Young people only: name a parent or carer (name and mobile) and choose what they can see. */
export async function nameParentCarerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireYoungPerson('/my/privacy');
  const values = {
    'parent-name': String(formData.get('parent-name') ?? ''),
    'parent-phone': String(formData.get('parent-phone') ?? ''),
    'parent-parts': formData.getAll('parent-parts').map(String).join(','),
  };
  const parsed = parentCarerSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error), values };
  const result = await nameParentCarer({
    actorId: user.id,
    name: parsed.data['parent-name'],
    phone: parsed.data['parent-phone'],
    parts: parsed.data['parent-parts'],
    now: new Date(),
  });
  if (result === 'number-not-usable') return { fieldErrors: { 'parent-phone': PARENT_RESULT_WORDS[result] }, values };
  if (result !== 'done') return { formError: PARENT_RESULT_WORDS[result], values };
  redirect('/my/privacy?changed=parent');
}

/** Young people only: their parent or carer stops seeing anything, from this moment. */
export async function removeParentCarerAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/my/privacy');
  const parsed = removeParentCarerSchema.safeParse({ person: formData.get('person') });
  if (!parsed.success) notFound();
  await removeParentCarer({ actorId: user.id, parentCarerId: parsed.data.person, now: new Date() });
  redirect('/my/privacy?changed=stop');
}
