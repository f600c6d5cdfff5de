'use server';

import { cookies, headers } from 'next/headers';
import { deletePushSubscription, savePushSubscription } from '@/db/queries/push';
import { SESSION_COOKIE } from '@/lib/auth/auth';
import { getKioskContext } from '@/lib/auth/kiosk';
import { getCurrentUser } from '@/lib/auth/session';
import { describeDevice } from '@/lib/notifications/device-name';
import { currentPushConfig } from '@/lib/notifications/push';
import { pushSubscriptionSchema } from '@/lib/notifications/schemas';

// Called from components/push (the browser's PushManager has no form): server actions, so Next checks the
// Origin as it does for forms.

/**
 * Young people and advisers: turns push on for this browser (its subscription from PushManager), tied to the
 * session they are signed in with. Never on a kiosk: a shared computer must not get one person's messages.
 */
export async function turnOnPushAction(subscription: unknown): Promise<{ isSaved: boolean }> {
  const user = await getCurrentUser();
  if (!user || (user.role !== 'young_person' && user.role !== 'adviser')) return { isSaved: false };
  if ((await getKioskContext()) || !currentPushConfig()) return { isSaved: false };
  const parsed = pushSubscriptionSchema.safeParse(subscription);
  const sessionToken = (await cookies()).get(SESSION_COOKIE.name)?.value;
  if (!parsed.success || !sessionToken) return { isSaved: false };
  const isSaved = await savePushSubscription({
    actorId: user.id,
    sessionToken,
    subscription: parsed.data,
    deviceName: describeDevice((await headers()).get('user-agent')),
    now: new Date(),
  });
  return { isSaved };
}

/** Anyone signed in: turns push off for one of their own browsers. */
export async function turnOffPushAction(endpoint: unknown): Promise<void> {
  const user = await getCurrentUser();
  if (!user || typeof endpoint !== 'string' || endpoint.length > 2000) return;
  await deletePushSubscription({ actorId: user.id, endpoint });
}
