import webpush from 'web-push';
import type { PushMessage } from './push-config';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

/** delivered: the push service took it. gone: 404/410, the browser unsubscribed. failed: try again later. */
export type PushOutcome = { outcome: 'delivered' | 'gone' | 'failed'; status: number | null };

/**
 * Sends one push notification: web-push signs a VAPID token and encrypts the message for this browser
 * (aes128gcm, RFC 8291); we post it ourselves with fetch, so a slow push service cannot hold a request for
 * long and a redirect is never followed.
 */
export async function sendWebPush(
  target: PushTarget,
  message: PushMessage,
  vapid: VapidKeys,
  { ttlSeconds, urgency = 'normal', timeoutMs = 10_000 }: { ttlSeconds: number; urgency?: 'normal' | 'high'; timeoutMs?: number },
): Promise<PushOutcome> {
  const request = webpush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, JSON.stringify(message), {
    vapidDetails: vapid,
    TTL: ttlSeconds,
    urgency,
    contentEncoding: 'aes128gcm',
  });
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.ok) return { outcome: 'delivered', status: response.status };
    return { outcome: response.status === 404 || response.status === 410 ? 'gone' : 'failed', status: response.status };
  } catch {
    return { outcome: 'failed', status: null };
  }
}
