'use server';

import { headers } from 'next/headers';
import { createKioskEnrolment } from '@/db/queries/kiosk';
import { requireLaAdmin } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { CENTRE_MESSAGE, kioskEnrolmentSchema } from '@/lib/kiosk/schemas';
import { generateKioskToken, hashKioskToken } from '@/lib/kiosk/tokens';

export type KioskLinkState = FormState & { link?: string; label?: string };

/** LA admins only: a one-time enrolment link for a PC at one of their centres. The link is shown once. */
export async function createKioskLinkAction(_previous: KioskLinkState, formData: FormData): Promise<KioskLinkState> {
  const user = await requireLaAdmin('/admin');
  const parsed = parseForm(kioskEnrolmentSchema, formData, ['centre', 'label']);
  if (parsed.state) return parsed.state;
  const token = generateKioskToken();
  const device = await createKioskEnrolment({
    actorId: user.id,
    centreId: parsed.data.centre,
    label: parsed.data.label,
    enrolmentTokenHash: hashKioskToken(token),
  });
  if (!device) return { fieldErrors: { centre: CENTRE_MESSAGE }, values: { centre: '', label: parsed.data.label } };
  const origin = process.env.AUTH_URL ? new URL(process.env.AUTH_URL).origin : `http://${(await headers()).get('host') ?? 'localhost'}`;
  return { link: `${origin}/kiosk/enrol/${token}`, label: parsed.data.label };
}
