/**
 * Abuse limits for sign-in, as configuration (fixed windows, counted in the database so every app server
 * shares them). Numbers chosen so a person who mistypes a few times is never blocked, but guessing a
 * 6-digit code or flooding someone's phone with texts is.
 */
export const SIGN_IN_LIMITS = {
  codesPerDestination: { limit: 5, windowSeconds: 15 * 60 },
  codesPerDevice: { limit: 10, windowSeconds: 15 * 60 },
  // One youth centre's wifi is one network: 100 codes in 15 minutes is far above a busy session there.
  // SIGN_IN_CODES_PER_NETWORK raises it (the end-to-end suite signs in hundreds of people from one address).
  codesPerNetwork: { limit: codesPerNetworkFrom(process.env), windowSeconds: 15 * 60 },
  checksPerDevice: { limit: 20, windowSeconds: 15 * 60 },
} as const;

export type RateLimitRule = { limit: number; windowSeconds: number };

/** The per-network code limit: SIGN_IN_CODES_PER_NETWORK when it is a whole number of at least 1, else 100. */
export function codesPerNetworkFrom(env: Record<string, string | undefined>): number {
  const value = Number(env.SIGN_IN_CODES_PER_NETWORK);
  return Number.isInteger(value) && value >= 1 ? value : 100;
}

/** "in 7 minutes", "in 1 minute", for telling people when to try again. */
export function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
}
