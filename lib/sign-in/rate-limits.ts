/**
 * Abuse limits for sign-in, as configuration (fixed windows, counted in the database so every app server
 * shares them). Numbers chosen so a person who mistypes a few times is never blocked, but guessing a
 * 6-digit code or flooding someone's phone with texts is.
 */
export const SIGN_IN_LIMITS = {
  codesPerDestination: { limit: 5, windowSeconds: 15 * 60 },
  codesPerDevice: { limit: 10, windowSeconds: 15 * 60 },
  codesPerNetwork: { limit: 100, windowSeconds: 15 * 60 },
  checksPerDevice: { limit: 20, windowSeconds: 15 * 60 },
} as const;

export type RateLimitRule = { limit: number; windowSeconds: number };

/** "in 7 minutes", "in 1 minute", for telling people when to try again. */
export function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
}
