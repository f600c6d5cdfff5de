import 'server-only';
import { and, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import type { PushSubscriptionInput } from '@/lib/notifications/schemas';
import { db } from '../client';
import { memberships, pushSubscriptions, sessions, users } from '../schema';

/** Roles that may turn push on: young people for their messages, advisers for kiosk help alerts. */
const PUSH_ROLES = ['young_person', 'adviser'] as const;

/**
 * A young person or adviser: turns push on for this browser, tied to the session they are signed in with
 * (the caller reads it from the cookie), so signing out removes it. A browser that was someone else's moves
 * to the new person. False when the session is not theirs or they may not use push.
 */
export async function savePushSubscription({
  actorId,
  sessionToken,
  subscription,
  deviceName,
  now,
}: {
  actorId: string;
  sessionToken: string;
  subscription: PushSubscriptionInput;
  deviceName: string;
  now: Date;
}): Promise<boolean> {
  const [session] = await db
    .select({ token: sessions.sessionToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sessionToken), eq(sessions.userId, actorId), gt(sessions.expires, now), inArray(users.role, [...PUSH_ROLES])));
  if (!session) return false;
  const values = { userId: actorId, sessionToken, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, deviceName, createdAt: now };
  await db
    .insert(pushSubscriptions)
    .values({ endpoint: subscription.endpoint, ...values })
    .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
  return true;
}

/** Anyone signed in: turns push off for one of their own browsers. Someone else's endpoint is left alone. */
export async function deletePushSubscription({ actorId, endpoint }: { actorId: string; endpoint: string }): Promise<void> {
  await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.userId, actorId), eq(pushSubscriptions.endpoint, endpoint)));
}

/** The signed-in person: the endpoints of their own browsers with push on (the page matches this browser's). */
export async function findOwnPushEndpoints({ actorId }: { actorId: string }): Promise<string[]> {
  const rows = await db.select({ endpoint: pushSubscriptions.endpoint }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, actorId));
  return rows.map((row) => row.endpoint);
}

export type PushTargetRow = { id: string; userId: string; endpoint: string; p256dh: string; auth: string; recipient: string };

const targetColumns = {
  id: pushSubscriptions.id,
  userId: pushSubscriptions.userId,
  endpoint: pushSubscriptions.endpoint,
  p256dh: pushSubscriptions.p256dh,
  auth: pushSubscriptions.auth,
  phone: users.phone,
  email: users.email,
};

function toTarget({ phone, email, ...row }: { phone: string | null; email: string | null } & Omit<PushTargetRow, 'recipient'>): PushTargetRow {
  // The outbox names a push by the account's phone or email, as texts are, so "delete my account" finds it.
  return { ...row, recipient: phone ?? email ?? '[no contact]' };
}

/** System use (the notifications module): the browsers to push one person's message to. */
export async function findPushTargets({ userId }: { userId: string }): Promise<PushTargetRow[]> {
  const rows = await db.select(targetColumns).from(pushSubscriptions).innerJoin(users, eq(users.id, pushSubscriptions.userId)).where(eq(pushSubscriptions.userId, userId));
  return rows.map(toTarget);
}

/** System use (a kiosk's "Ask someone here"): the browsers of advisers at this centre who turned alerts on. */
export async function findKioskHelpTargets({ centreId }: { centreId: string }): Promise<PushTargetRow[]> {
  const rows = await db
    .select(targetColumns)
    .from(pushSubscriptions)
    .innerJoin(users, and(eq(users.id, pushSubscriptions.userId), eq(users.role, 'adviser')))
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.centreId, centreId)));
  return rows.map(toTarget);
}

/** System use: the push service said this subscription is gone (404/410). */
export async function deleteGonePushSubscription({ id }: { id: string }): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

/** An adviser: whether they work at a centre (so kiosk help alerts mean something to them). */
export async function worksAtCentre({ actorId }: { actorId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, and(eq(users.id, memberships.userId), eq(users.role, 'adviser')))
    .where(and(eq(memberships.userId, actorId), isNotNull(memberships.centreId)))
    .limit(1);
  return Boolean(row);
}
