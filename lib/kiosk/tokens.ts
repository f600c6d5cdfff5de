import { createHash, randomBytes } from 'node:crypto';

/** A kiosk device or enrolment token: 256 random bits. Only its hash is stored. */
export function generateKioskToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A plain SHA-256 is enough for 256-bit random tokens (nothing to guess, unlike a 6-digit code). */
export function hashKioskToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isKioskTokenShaped(token: string): boolean {
  return /^[\w-]{43}$/.test(token);
}
