'use server';

import { handOverToYoungPerson } from '@/db/queries/action-plans';
import { getAreaSettings } from '@/db/queries/area-settings';
import { handOverLinkFor, weekAfter } from '@/lib/action-plans/hand-over';
import { ukDate } from '@/lib/action-plans/reminders';
import { handOverSchema } from '@/lib/action-plans/schemas';
import { requireAdviser } from '@/lib/auth/session';
import { fieldErrorsFrom, type FormState, formValues } from '@/lib/forms/form-state';

export type HandOverState = FormState & { isDone?: boolean };

/**
 * Advisers only, in present mode: the young person types their own mobile number and what is on screen goes on
 * their plan as a step with its link. Only for a young person on this adviser's caseload; the answer never
 * shows a name on the shared screen, and the number is not kept in the form afterwards.
 */
export async function handOverAction(_previous: HandOverState, formData: FormData): Promise<HandOverState> {
  const user = await requireAdviser('/adviser/present');
  const values = formValues(formData, ['phone', 'path']);
  const parsed = handOverSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error), values };
  const now = new Date();
  const handed = await handOverToYoungPerson({
    actorId: user.id,
    phone: parsed.data.phone,
    links: [handOverLinkFor(parsed.data.path)],
    dueOn: weekAfter(ukDate(now)),
    now,
    config: (await getAreaSettings({ laId: user.laId })).privacy,
  });
  if (!handed) {
    return { fieldErrors: { phone: 'That number is not one of your young people. Check it, or use the QR code.' }, values };
  }
  return { isDone: true, values: { phone: '', path: parsed.data.path } };
}
