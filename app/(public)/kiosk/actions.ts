'use server';

import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { createKioskHelpRequest, enrolKioskDevice } from '@/db/queries/kiosk';
import { consumeRateLimit } from '@/db/queries/rate-limits';
import { SESSION_COOKIE, signOut } from '@/lib/auth/auth';
import { getKioskContext, requireKiosk } from '@/lib/auth/kiosk';
import { getCurrentUser } from '@/lib/auth/session';
import { fieldErrorsFrom, type FormState } from '@/lib/forms/form-state';
import { KIOSK_COOKIE, KIOSK_COOKIES, KIOSK_MARKER_COOKIE } from '@/lib/kiosk/config';
import { sendToPhoneSchema } from '@/lib/kiosk/schemas';
import { generateKioskToken, hashKioskToken, isKioskTokenShaped } from '@/lib/kiosk/tokens';
import { sendMessage } from '@/lib/messages/send';
import { alertStaffToKioskHelp } from '@/lib/notifications/push';
import { describeWait } from '@/lib/sign-in/rate-limits';
import { siteOrigin } from '@/lib/site-origin';

const FOUR_HUNDRED_DAYS = 400 * 24 * 60 * 60;

/** Anyone holding a live enrolment link: makes this browser a kiosk (the link then stops working). */
export async function enrolKioskAction(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  if (!isKioskTokenShaped(token)) notFound();
  const deviceToken = generateKioskToken();
  const enrolled = await enrolKioskDevice({
    enrolmentTokenHash: hashKioskToken(token),
    deviceTokenHash: hashKioskToken(deviceToken),
    now: new Date(),
  });
  if (!enrolled) redirect(`/kiosk/enrol/${token}`);
  const jar = await cookies();
  const options = { sameSite: 'lax' as const, path: '/', secure: SESSION_COOKIE.options.secure, maxAge: FOUR_HUNDRED_DAYS };
  jar.set(KIOSK_COOKIE, deviceToken, { ...options, httpOnly: true });
  // Readable by the page's script, which shows the banner and runs the idle timer; it holds no secret.
  // (Next encodes the value; readKioskMarker decodes it.)
  jar.set(KIOSK_MARKER_COOKIE, enrolled.centreName, { ...options, httpOnly: false });
  redirect('/kiosk');
}

/**
 * The server half of a kiosk reset (the page then clears storage and caches and goes to the welcome
 * screen): the session row is deleted, so the cookie is dead everywhere, and every cookie but the kiosk's goes.
 */
export async function resetKioskAction(): Promise<void> {
  if (await getCurrentUser()) await signOut({ redirect: false });
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (!KIOSK_COOKIES.includes(cookie.name)) jar.delete(cookie.name);
  }
}

/** Kiosks only: texts a link to this page to a number typed once. The number is not kept. */
export async function sendToPhoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const kiosk = await requireKiosk();
  const path = String(formData.get('path') ?? '/');
  const parsed = sendToPhoneSchema.safeParse({ phone: formData.get('phone') ?? '', path });
  // The number is never sent back to the page: the next person must not see it.
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error) };
  const limits = await Promise.all([
    consumeRateLimit(`kiosk-text:device:${kiosk.id}`, { limit: 30, windowSeconds: 15 * 60 }),
    // Keyed by a hash, so the number itself is not kept even in the limits table.
    consumeRateLimit(`kiosk-text:phone:${hashKioskToken(parsed.data.phone)}`, { limit: 3, windowSeconds: 15 * 60 }),
  ]);
  const blocked = limits.find((limit) => !limit.isAllowed);
  if (blocked) return { formError: `Too many texts have been sent. Try again ${describeWait(blocked.retryAfterSeconds)}.` };
  await sendMessage('kioskLinkSms', parsed.data.phone, { link: `${await siteOrigin()}${parsed.data.path}` }, { isRecipientKept: false });
  redirect(`/kiosk/send?path=${encodeURIComponent(parsed.data.path)}&sent=1`);
}

/** Kiosks only: "ask someone here" tells the staff on duty at this centre, with a push to those who asked for one. */
export async function askSomeoneHereAction(): Promise<void> {
  const kiosk = await getKioskContext();
  if (!kiosk) notFound();
  await createKioskHelpRequest({ device: kiosk });
  // Advisers at this centre who turned kiosk alerts on get a push (at most one a minute from each kiosk, so a
  // button pressed over and over cannot flood their screens); the panel on /adviser shows everyone.
  const limit = await consumeRateLimit(`kiosk-help-push:${kiosk.id}`, { limit: 1, windowSeconds: 60 });
  if (limit.isAllowed) await alertStaffToKioskHelp({ centreId: kiosk.centreId, centreName: kiosk.centreName, kioskLabel: kiosk.label });
  redirect('/kiosk/ask?sent=1');
}
