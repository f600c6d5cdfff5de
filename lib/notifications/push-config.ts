import type { ServiceEnvironment } from '@/lib/site';

/**
 * How push notifications go (decision 029). With VAPID keys, web-push encrypts each one and posts it to the
 * browser's push service. Without them, outside a live service, they land in the local outbox like texts do,
 * and browsers subscribe with DEMO_VAPID_PUBLIC_KEY, whose private half was thrown away: nothing can really
 * be pushed with it. A live service without keys does not offer push at all.
 */
export type PushConfig =
  | { mode: 'web-push'; publicKey: string; privateKey: string; subject: string }
  | { mode: 'outbox'; publicKey: string };

export const DEMO_VAPID_PUBLIC_KEY = 'BGEVQBOEIyP-9jCO4z8M5QeowDaf_PegucGFNEFc0ZRuE3OWA8lOG_3KsyzO8V0mObUKDDEiYfVT-uXf87VnG78';

export function pushConfigFrom(env: Record<string, string | undefined>, environment: ServiceEnvironment): PushConfig | null {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim();
  const privateKey = env.VAPID_PRIVATE_KEY?.trim();
  const subject = env.VAPID_SUBJECT?.trim();
  if (!publicKey && !privateKey) return environment === 'live' ? null : { mode: 'outbox', publicKey: DEMO_VAPID_PUBLIC_KEY };
  if (!publicKey || !privateKey) throw new Error('Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY (npm run push:keys makes a pair), or neither.');
  // Push services use the subject to contact whoever runs the sender when something goes wrong.
  if (!subject || !/^(mailto:|https:\/\/)/.test(subject)) throw new Error('VAPID_SUBJECT must be a mailto: or https:// address, e.g. mailto:nextsteps@example.gov.uk');
  if (!/^[\w-]{87}$/.test(publicKey) || !/^[\w-]{43}$/.test(privateKey)) throw new Error('VAPID keys must be base64url, as npm run push:keys prints them.');
  return { mode: 'web-push', publicKey, privateKey, subject };
}

/** What a push notification says: short, the same words whoever's lock screen it is on, and where it opens. */
export type PushMessage = { title: string; body: string; path: string };

/** "/my/searches" from "https://nextsteps.example.gov.uk/my/searches"; the fallback for anything not on this site. */
export function pathOnSite(link: string | undefined, siteOrigin: string, fallback: string): string {
  if (!link) return fallback;
  try {
    const url = new URL(link);
    return url.origin === new URL(siteOrigin).origin ? `${url.pathname}${url.search}` : fallback;
  } catch {
    return fallback;
  }
}

/** A safe path to open from a notification: on this site, never another. */
export function isSafeNotificationPath(path: unknown): path is string {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.includes('\\');
}
