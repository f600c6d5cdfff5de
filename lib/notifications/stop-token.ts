import { createHmac, timingSafeEqual } from 'node:crypto';
import { MESSAGE_TYPES, type MessageType } from './rules';

/*
 * The stop link in an alert text: it works without signing in, so it carries who and what, signed with a
 * secret. Short (45 characters) because it goes in a text message. It never expires: a stop link that stops
 * working would leave someone getting texts they cannot stop.
 */

const DEMO_SECRET = 'demo-only-secret-do-not-use-in-a-live-service';

/** AUTH_SECRET (required in a live service), else the same demo secret `npm start` uses. */
export function stopLinkSecret(env: Record<string, string | undefined> = process.env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.SERVICE_ENV === 'live') throw new Error('AUTH_SECRET must be set for a live service.');
  return DEMO_SECRET;
}

function sign(payload: string, secret: string): string {
  // A purpose in the key, so a signature made here is no use anywhere else the secret is used.
  return createHmac('sha256', `stop-link:${secret}`).update(payload).digest().subarray(0, 16).toString('base64url');
}

export function makeStopToken({ userId, type }: { userId: string; type: MessageType }, secret: string): string {
  const hex = userId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error('Not a user id');
  const payload = Buffer.concat([Buffer.from(hex, 'hex'), Buffer.from([MESSAGE_TYPES.indexOf(type)])]).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** Who and what a stop token is for, or null when it was not made by us (or was changed). */
export function readStopToken(token: string, secret: string): { userId: string; type: MessageType } | null {
  const match = /^([\w-]{23})\.([\w-]{22})$/.exec(token);
  if (!match) return null;
  const [, payload, signature] = match as unknown as [string, string, string];
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const bytes = Buffer.from(payload, 'base64url');
  const type = MESSAGE_TYPES[bytes[16] ?? -1];
  if (bytes.length !== 17 || !type) return null;
  const hex = bytes.subarray(0, 16).toString('hex');
  return { userId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, type };
}
