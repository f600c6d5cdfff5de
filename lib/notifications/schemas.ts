import { z } from 'zod';

const choose = 'Choose how you want to get these';

/** The "How we contact you" form: one choice per kind of message. Important news cannot be turned off. */
export const contactChoicesSchema = z.object({
  application_updates: z.enum(['sms', 'email', 'push'], { error: choose }),
  reminders: z.enum(['sms', 'email', 'push', 'none'], { error: choose }),
  job_alerts: z.enum(['sms', 'email', 'push', 'none'], { error: choose }),
});

export type ContactChoicesInput = z.infer<typeof contactChoicesSchema>;

/**
 * A browser's push subscription as PushSubscription.toJSON() gives it. The endpoint must be https on a known
 * push service: the server POSTs to it, so an address of the sender's choosing would let anyone make this
 * server call into its own network.
 */
export const pushSubscriptionSchema = z.object({
  endpoint: z
    .string()
    .max(2000)
    .refine((value) => isPushServiceEndpoint(value), { error: 'Not a push service address' }),
  keys: z.object({
    // A P-256 public key (65 bytes) and a 16-byte secret, base64url.
    p256dh: z.string().regex(/^[\w-]{86,88}={0,2}$/),
    auth: z.string().regex(/^[\w-]{21,24}={0,2}$/),
  }),
});

export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

/** The push services browsers use (Chrome/Edge/Samsung via FCM, Firefox, Safari, Windows). */
const PUSH_SERVICE_HOSTS = ['fcm.googleapis.com', 'updates.push.services.mozilla.com', 'web.push.apple.com', 'notify.windows.com'];

export function isPushServiceEndpoint(value: string, extraHosts: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return false;
  return [...PUSH_SERVICE_HOSTS, ...extraHosts].some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}
