'use server';

import { notFound, redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { handOverToYoungPerson } from '@/db/queries/action-plans';
import { getAreaSettings } from '@/db/queries/area-settings';
import { addToShortlist, findShortlist, removeFromShortlist } from '@/db/queries/present-shortlist';
import { consumeRateLimit } from '@/db/queries/rate-limits';
import { weekAfter } from '@/lib/action-plans/hand-over';
import { ukDate } from '@/lib/action-plans/reminders';
import { isPresenting } from '@/lib/auth/present';
import { requireAdviser } from '@/lib/auth/session';
import { fieldErrorsFrom, type FormState, formValues } from '@/lib/forms/form-state';
import { sitePathSchema } from '@/lib/kiosk/schemas';
import { hashKioskToken } from '@/lib/kiosk/tokens';
import { sendMessage } from '@/lib/messages/send';
import { SHORTLIST_MAX, shortlistLinks, shortlistPagePath } from '@/lib/present/shortlist';
import { describeWait } from '@/lib/sign-in/rate-limits';
import { phoneSignInSchema } from '@/lib/sign-in/schemas';
import { siteOrigin } from '@/lib/site-origin';

const addSchema = z.object({ kind: z.enum(['course', 'vacancy']), key: z.string().min(1).max(120), back: sitePathSchema });
const removeSchema = z.object({ item: z.string().min(1).max(40), back: sitePathSchema });
const phoneSchema = z.object({ phone: phoneSignInSchema.shape.phone });

/** Advisers in present mode only: adds the course or job on screen to the shortlist. A plain form post. */
export async function addToShortlistAction(formData: FormData): Promise<void> {
  const user = await requireAdviser('/adviser/present');
  if (!(await isPresenting())) notFound();
  const parsed = addSchema.safeParse({ kind: formData.get('kind'), key: formData.get('key'), back: formData.get('back') });
  if (!parsed.success) notFound();
  const now = new Date();
  if ((await findShortlist({ actorId: user.id, now })).length < SHORTLIST_MAX) {
    const isAdded = await addToShortlist({ actorId: user.id, kind: parsed.data.kind, key: parsed.data.key, now });
    if (!isAdded) notFound();
  }
  revalidatePath(parsed.data.back.split('?')[0] ?? '/');
  redirect(`${parsed.data.back}#shortlist`);
}

/** Advisers only: takes an item off their own shortlist, then goes back to the page they were on. */
export async function removeFromShortlistAction(formData: FormData): Promise<void> {
  const user = await requireAdviser('/adviser/present');
  const parsed = removeSchema.safeParse({ item: formData.get('item'), back: formData.get('back') });
  if (!parsed.success) notFound();
  await removeFromShortlist({ actorId: user.id, itemId: parsed.data.item });
  revalidatePath(parsed.data.back.split('?')[0] ?? '/');
  redirect(`${parsed.data.back}#shortlist`);
}

export type ShortlistFormState = FormState & { isDone?: boolean };

/**
 * Advisers only, in present mode: the young person types their own mobile number and the whole shortlist goes on
 * their plan (one step, a link for each item) and on their saved list. Only for a young person on this adviser's
 * caseload; the screen never shows a name, and the number is not kept. The shortlist empties once handed over,
 * so the next young person in the room never sees it.
 */
export async function handOverShortlistAction(_previous: ShortlistFormState, formData: FormData): Promise<ShortlistFormState> {
  const user = await requireAdviser('/adviser/present/shortlist');
  const values = formValues(formData, ['phone']);
  const parsed = phoneSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error), values };
  const now = new Date();
  const items = await findShortlist({ actorId: user.id, now });
  if (items.length === 0) return { formError: 'The shortlist is empty. Add a course or a job first.', values };
  const handed = await handOverToYoungPerson({
    actorId: user.id,
    phone: parsed.data.phone,
    links: shortlistLinks(items),
    saved: {
      courseIds: items.filter((item) => item.kind === 'course').map((item) => item.targetId),
      vacancyIds: items.filter((item) => item.kind === 'vacancy').map((item) => item.targetId),
    },
    dueOn: weekAfter(ukDate(now)),
    now,
    config: (await getAreaSettings({ laId: user.laId })).privacy,
  });
  if (!handed) {
    return { fieldErrors: { phone: 'That number is not one of your young people. Check it, or use the QR code.' }, values };
  }
  for (const item of items) await removeFromShortlist({ actorId: user.id, itemId: item.id });
  revalidatePath('/adviser/present');
  // The list is empty now, so the page says it is done (the number is not carried over).
  redirect('/adviser/present/shortlist?handed=1');
}

/** Advisers only: texts a link to the shortlist page to a number the young person types once. The number is not kept. */
export async function textShortlistAction(_previous: ShortlistFormState, formData: FormData): Promise<ShortlistFormState> {
  const user = await requireAdviser('/adviser/present/shortlist');
  const parsed = phoneSchema.safeParse({ phone: formData.get('text-phone') ?? '' });
  // The number is never sent back to the page: the next person must not see it.
  if (!parsed.success) return { fieldErrors: { 'text-phone': fieldErrorsFrom(parsed.error).phone ?? 'Enter a mobile number' } };
  const items = await findShortlist({ actorId: user.id, now: new Date() });
  if (items.length === 0) return { formError: 'The shortlist is empty. Add a course or a job first.' };
  const limits = await Promise.all([
    consumeRateLimit(`shortlist-text:adviser:${user.id}`, { limit: 30, windowSeconds: 15 * 60 }),
    consumeRateLimit(`shortlist-text:phone:${hashKioskToken(parsed.data.phone)}`, { limit: 3, windowSeconds: 15 * 60 }),
  ]);
  const blocked = limits.find((limit) => !limit.isAllowed);
  if (blocked) return { formError: `Too many texts have been sent. Try again ${describeWait(blocked.retryAfterSeconds)}.` };
  await sendMessage('kioskLinkSms', parsed.data.phone, { link: `${await siteOrigin()}${shortlistPagePath(items)}` }, { isRecipientKept: false });
  return { isDone: true };
}
