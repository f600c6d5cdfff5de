import 'server-only';
import { createHmac } from 'node:crypto';

/**
 * The opaque key that names a person's offline cache on their phone (decision 017). An HMAC of their account
 * id, so the cache name never shows who they are, yet stays the same on every visit (the worker can replace
 * their list instead of piling up copies). A different person on the same phone gets a different key, and
 * the worker deletes every other person's cache when it fills this one.
 */
export function offlineKeyFor(userId: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET must be set.');
  return createHmac('sha256', secret).update(`offline-cache:${userId}`).digest('hex').slice(0, 32);
}
