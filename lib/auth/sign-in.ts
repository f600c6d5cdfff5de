import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import {
  consumeSignInCode,
  createSession,
  createSignInCode,
  findSignInUser,
  getPendingSignInCode,
  markContactVerified,
  recordFailedCodeAttempt,
  type PendingSignInCode,
} from '@/db/queries/sign-in';
import { consumeRateLimit } from '@/db/queries/rate-limits';
import type { FormState } from '@/lib/forms/form-state';
import { KIOSK_COOKIE, KIOSK_SESSION_SECONDS } from '@/lib/kiosk/config';
import { sendMessage } from '@/lib/messages/send';
import { codeState, generateCode, generateToken, isCodeCorrect } from '@/lib/sign-in/codes';
import { describeWait, SIGN_IN_LIMITS } from '@/lib/sign-in/rate-limits';
import { SESSION_COOKIE } from './auth';
import { isRole, ROLE_HOME, safeNextPath, SESSION_MAX_AGE_SECONDS } from './roles';
import { bringSettingsToDevice } from '@/lib/settings/device';

// The steps of signing in by code that the sign-in pages' actions share.

const PENDING_COOKIE = 'ns_sign_in';
const DEVICE_COOKIE = 'ns_device';

function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET must be set.');
  return secret;
}

/** A random id for this browser, for per-device limits. Dropping it only moves a bot to the per-network limit. */
async function deviceId(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(DEVICE_COOKIE)?.value;
  if (existing && /^[\w-]{20,64}$/.test(existing)) return existing;
  const id = generateToken();
  jar.set(DEVICE_COOKIE, id, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 365 * 24 * 60 * 60 });
  return id;
}

async function networkId(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for');
  return forwarded?.split(',')[0]?.trim() || 'direct';
}

const tooManyTries = (seconds: number): FormState => ({
  formError: `You have asked for too many codes. Try again ${describeWait(seconds)}.`,
});

/**
 * Sends a code to a phone or email address, then goes to the page where it is typed in. Limits per
 * destination (nobody's phone gets flooded), per device and per network. Returns a form state only when
 * it cannot send.
 */
export async function startCodeSignIn({
  channel,
  destination,
  next,
}: {
  channel: 'sms' | 'email';
  destination: string;
  next: string | null;
}): Promise<FormState> {
  const checks = [
    consumeRateLimit(`code:${channel}:${destination}`, SIGN_IN_LIMITS.codesPerDestination),
    consumeRateLimit(`code:device:${await deviceId()}`, SIGN_IN_LIMITS.codesPerDevice),
    consumeRateLimit(`code:network:${await networkId()}`, SIGN_IN_LIMITS.codesPerNetwork),
  ];
  for (const result of await Promise.all(checks)) {
    if (!result.isAllowed) return tooManyTries(result.retryAfterSeconds);
  }

  const code = generateCode();
  const codeId = await createSignInCode({ channel, destination, code, secret: authSecret() });
  await sendMessage(channel === 'sms' ? 'signInCodeSms' : 'signInCodeEmail', destination, { code });

  (await cookies()).set(PENDING_COOKIE, codeId, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: SESSION_COOKIE.options.secure,
    maxAge: 30 * 60,
  });
  redirect(next ? `/sign-in/code?next=${encodeURIComponent(next)}` : '/sign-in/code');
}

/** The code this browser is waiting for, if any (for showing "we sent a code to 07••• •••123"). */
export async function getPendingCode(): Promise<PendingSignInCode | null> {
  const codeId = (await cookies()).get(PENDING_COOKIE)?.value;
  return codeId ? getPendingSignInCode({ codeId }) : null;
}

/** The id of the code this browser verified, for the new-account step. */
export async function getPendingCodeId(): Promise<string | null> {
  return (await cookies()).get(PENDING_COOKIE)?.value ?? null;
}

/**
 * Checks a typed code. Right: the code is used up, a session starts and the person goes to their home page
 * (or, for a new phone number, to choose their area). Wrong: a clear message, and after five wrong tries
 * the code stops working.
 */
export async function finishCodeSignIn({ code, next }: { code: string; next: string | null }): Promise<FormState> {
  const limit = await consumeRateLimit(`check:device:${await deviceId()}`, SIGN_IN_LIMITS.checksPerDevice);
  if (!limit.isAllowed) {
    return { formError: `You have tried too many codes. Try again ${describeWait(limit.retryAfterSeconds)}.` };
  }

  const pending = await getPendingCode();
  if (!pending) return { formError: 'Your code has run out. Ask for a new code.' };
  const state = codeState(pending, new Date());
  if (state === 'expired' || state === 'used') return { formError: 'Your code has run out. Ask for a new code.' };
  if (state === 'locked') return { formError: 'You have typed a wrong code too many times. Ask for a new code.' };

  if (!isCodeCorrect(code, pending.id, authSecret(), pending.codeHash)) {
    await recordFailedCodeAttempt({ codeId: pending.id });
    return { fieldErrors: { code: 'That code is not right. Check the message and try again.' } };
  }
  if (!(await consumeSignInCode({ codeId: pending.id }))) {
    return { formError: 'Your code has run out. Ask for a new code.' };
  }

  const user = await findSignInUser({ channel: pending.channel, destination: pending.destination });
  if (!user) {
    if (pending.channel === 'sms') redirect(next ? `/sign-in/new-account?next=${encodeURIComponent(next)}` : '/sign-in/new-account');
    return {
      formError:
        'We could not find an account for this email address. If you are a young person, sign in with your mobile number instead.',
    };
  }
  if (!user.isActive) {
    // The council turned this account off (decision 034): the code was right, but no session starts.
    return { formError: 'This account has been turned off. If you think this is wrong, ask your council.' };
  }
  await markContactVerified({ userId: user.id, channel: pending.channel });
  await startSession(user.id, user.role);
  (await cookies()).delete(PENDING_COOKIE);
  redirect(safeNextPath(next) ?? (isRole(user.role) ? ROLE_HOME[user.role] : '/'));
}

/** Starts a database session and sets the cookie Auth.js reads. On a kiosk the session is short. */
export async function startSession(userId: string, role: string): Promise<void> {
  const roleMaxAge = isRole(role) ? SESSION_MAX_AGE_SECONDS[role] : 60 * 60;
  const isKiosk = (await cookies()).has(KIOSK_COOKIE);
  const maxAge = isKiosk ? Math.min(roleMaxAge, KIOSK_SESSION_SECONDS) : roleMaxAge;
  const { sessionToken, expires } = await createSession({ userId, maxAgeSeconds: maxAge });
  (await cookies()).set(SESSION_COOKIE.name, sessionToken, { ...SESSION_COOKIE.options, expires });
  await bringSettingsToDevice(userId);
}

export async function clearPendingCode(): Promise<void> {
  (await cookies()).delete(PENDING_COOKIE);
}
