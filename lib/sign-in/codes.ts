import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** How long a code works, how many wrong tries it survives. */
export const CODE_LIFETIME_MINUTES = 10;
export const MAX_FAILED_ATTEMPTS = 5;

/** Six random digits from a cryptographic source, e.g. "042917". */
export function generateCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Codes are stored only as an HMAC keyed by the server secret and bound to the code's own row, so a copy
 * of the table is no use for signing in and one code's hash says nothing about another's.
 */
export function hashCode(code: string, codeId: string, secret: string): string {
  return createHmac('sha256', secret).update(`${codeId}:${code}`).digest('hex');
}

export function isCodeCorrect(code: string, codeId: string, secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashCode(code, codeId, secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** A random opaque token for a session or a share link (256 bits). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

export type CodeState = 'usable' | 'expired' | 'used' | 'locked';

/** Whether a stored code may still be tried. */
export function codeState(
  code: { expiresAt: Date; consumedAt: Date | null; failedAttempts: number },
  now: Date,
): CodeState {
  if (code.consumedAt) return 'used';
  if (code.failedAttempts >= MAX_FAILED_ATTEMPTS) return 'locked';
  if (code.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'usable';
}
