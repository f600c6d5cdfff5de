import 'server-only';
import { createOutboxMessage } from '@/db/queries/messages';
import { deleteGonePushSubscription, findKioskHelpTargets, findPushTargets, type PushTargetRow } from '@/db/queries/push';
import { serviceEnvironment } from '@/lib/site';
import { type PushConfig, pushConfigFrom, type PushMessage } from './push-config';
import { kioskHelpPush } from './push-words';
import { sendWebPush } from './web-push';

/** This service's push set-up from the environment (decision 029); null when push is not offered. */
export function currentPushConfig(): PushConfig | null {
  return pushConfigFrom(process.env, serviceEnvironment());
}

export type PushResult = { delivered: number; gone: number; failed: number };

/**
 * Pushes one message to some browsers. Without VAPID keys each one is written to the local outbox instead;
 * with them, web-push sends it and a subscription the push service says is gone (404/410) is deleted.
 */
async function pushTo(targets: PushTargetRow[], message: PushMessage, options: { ttlSeconds: number; urgency?: 'normal' | 'high' }): Promise<PushResult> {
  const config = currentPushConfig();
  const result: PushResult = { delivered: 0, gone: 0, failed: 0 };
  if (!config) return { ...result, failed: targets.length };
  for (const target of targets) {
    if (config.mode === 'web-push') {
      const { outcome, status } = await sendWebPush(target, message, config, options);
      if (outcome === 'gone') {
        await deleteGonePushSubscription({ id: target.id });
        result.gone += 1;
        continue;
      }
      if (outcome === 'failed') {
        // The endpoint's address would say which push service the person uses: the status is enough.
        console.error(`A push was not taken by the push service (status ${status ?? 'none'})`);
        result.failed += 1;
        continue;
      }
    }
    result.delivered += 1;
    // The words of a push are the same for everyone (lib/notifications/push-words.ts), so they are kept whole.
    await createOutboxMessage({
      channel: 'push',
      recipient: target.recipient,
      template: 'push',
      personalisation: {},
      body: `${message.title}: ${message.body} Opens ${message.path}`,
      notifyId: null,
    });
  }
  return result;
}

/** System use (notifyYoungPerson): one message to every browser where the person turned push on. */
export async function pushToYoungPerson({ userId, message, ttlSeconds }: { userId: string; message: PushMessage; ttlSeconds: number }): Promise<PushResult> {
  return pushTo(await findPushTargets({ userId }), message, { ttlSeconds });
}

/**
 * A kiosk's "Ask someone here": alerts the advisers at its centre who turned alerts on. Soon or not at all
 * (a 10-minute TTL): the panel on /adviser still shows the request to everyone. Never fails the kiosk's press.
 */
export async function alertStaffToKioskHelp({ centreId, centreName, kioskLabel }: { centreId: string; centreName: string; kioskLabel: string }): Promise<PushResult> {
  try {
    return await pushTo(await findKioskHelpTargets({ centreId }), kioskHelpPush(kioskLabel, centreName), { ttlSeconds: 10 * 60, urgency: 'high' });
  } catch (error) {
    console.error('Kiosk help alerts were not sent', error);
    return { delivered: 0, gone: 0, failed: 1 };
  }
}
