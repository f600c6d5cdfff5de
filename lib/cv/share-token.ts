import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** A new share token (shown once to the young person) and the hash that is all the database keeps. */
export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashShareToken(token) };
}

/** SHA-256 is enough: the token is 256 random bits, so there is nothing to guess or look up. */
export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
