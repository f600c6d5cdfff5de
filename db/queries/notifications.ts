import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { storedAreaSettingsFrom } from '@/lib/area-settings/settings';
import { type ChannelChoice, MESSAGE_TYPE_RULES, MESSAGE_TYPES, type MessageType, type SendChannel } from '@/lib/notifications/rules';
import { db } from '../client';
import { alertClaims, areaSettings, heldMessages, notificationLog, notificationPreferences, pushSubscriptions, users } from '../schema';

export type ContactSettings = {
  hasPhone: boolean;
  hasEmail: boolean;
  /** The person's choice per kind of message; null where they have not chosen (the default applies). */
  choices: Record<MessageType, ChannelChoice | null>;
};

/** Young people only: their own choices of how we contact them. Null for anyone else. */
export async function getContactSettings({ actorId }: { actorId: string }): Promise<ContactSettings | null> {
  const [me] = await db
    .select({ phone: users.phone, email: users.email })
    .from(users)
    .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
  if (!me) return null;
  const rows = await db
    .select({ type: notificationPreferences.messageType, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actorId));
  const choices = Object.fromEntries(MESSAGE_TYPES.map((type) => [type, null])) as Record<MessageType, ChannelChoice | null>;
  for (const row of rows) choices[row.type] = row.channel;
  return { hasPhone: Boolean(me.phone), hasEmail: Boolean(me.email), choices };
}

/** Young people only: saves their own choices. Returns false for anyone else. */
export async function saveContactChoices({
  actorId,
  choices,
}: {
  actorId: string;
  choices: Partial<Record<MessageType, ChannelChoice>>;
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [me] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!me) return false;
    for (const [type, channel] of Object.entries(choices) as [MessageType, ChannelChoice][]) {
      await tx
        .insert(notificationPreferences)
        .values({ userId: actorId, messageType: type, channel })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.messageType], set: { channel, updatedAt: new Date() } });
    }
    return true;
  });
}

/**
 * System use, from a signed stop link only (the caller has checked the signature): turns one kind of
 * message off for one young person. Important kinds cannot be turned off. False when there is no such person.
 */
export async function stopMessages({ userId, type }: { userId: string; type: MessageType }): Promise<boolean> {
  if (MESSAGE_TYPE_RULES[type].isImportant) return false;
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.role, 'young_person')));
    if (!person) return false;
    await tx
      .insert(notificationPreferences)
      .values({ userId, messageType: type, channel: 'none' })
      .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.messageType], set: { channel: 'none', updatedAt: new Date() } });
    return true;
  });
}

export type NotificationFacts = {
  phone: string | null;
  email: string | null;
  choice: ChannelChoice | null;
  /** Messages logged for this person on this local day. */
  sentToday: number;
  /** Browsers where they turned push on. */
  pushDevices: number;
  /** The alert limits their council saved (/admin/settings), or null to use the sender's own (decision 033). */
  areaAlerts: { quietFrom: number; quietTo: number; dailyCap: number } | null;
};

/** System use (the notifications module): what the sending rule needs to know about one young person. */
export async function getNotificationFacts({
  userId,
  type,
  day,
  timeZone,
}: {
  userId: string;
  type: MessageType;
  /** The local date ("2026-12-02") to count messages on. */
  day: string;
  timeZone: string;
}): Promise<NotificationFacts | null> {
  const [person] = await db
    .select({
      phone: users.phone,
      email: users.email,
      choice: notificationPreferences.channel,
      sentToday: sql<number>`(select count(*)::int from ${notificationLog} where ${notificationLog.userId} = ${users.id}
        and (${notificationLog.createdAt} at time zone ${timeZone})::date = ${day}::date)`,
      pushDevices: sql<number>`(select count(*)::int from ${pushSubscriptions} where ${pushSubscriptions.userId} = ${users.id})`,
      areaSettings: sql<unknown>`(select ${areaSettings.settings} from ${areaSettings} where ${areaSettings.laId} = ${users.laId})`,
    })
    .from(users)
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.messageType, type)))
    .where(and(eq(users.id, userId), eq(users.role, 'young_person')));
  if (!person) return null;
  const { areaSettings: saved, ...facts } = person;
  return {
    ...facts,
    sentToday: Number(person.sentToday),
    pushDevices: Number(person.pushDevices),
    areaAlerts: storedAreaSettingsFrom(typeof saved === 'string' ? JSON.parse(saved) : saved).alerts ?? null,
  };
}

/** System use: records that a message went (who, what kind, which template, how) — never its words. */
export async function logNotification(entry: { userId: string; messageType: MessageType; channel: SendChannel; template: string; at: Date }) {
  const { at, ...rest } = entry;
  await db.insert(notificationLog).values({ ...rest, createdAt: at });
}

/**
 * System use (the alerts job): takes one young person's alert for one day. True only for the one caller whose
 * insert made the row, so two servers running the job at once never both send.
 */
export async function claimAlertDay({ userId, day }: { userId: string; day: string }): Promise<boolean> {
  const rows = await db.insert(alertClaims).values({ userId, day }).onConflictDoNothing().returning({ userId: alertClaims.userId });
  return rows.length > 0;
}

/** System use (the alerts job): gives a day back when nothing was sent, so a later run may try again. */
export async function releaseAlertDay({ userId, day }: { userId: string; day: string }): Promise<void> {
  await db.delete(alertClaims).where(and(eq(alertClaims.userId, userId), eq(alertClaims.day, day)));
}

export type HeldMessageRow = {
  id: string;
  userId: string;
  messageType: MessageType;
  smsTemplate: string;
  emailTemplate: string | null;
  phone: string | null;
  personalisation: Record<string, string>;
};

/** System use: keeps a message held back by quiet hours or the daily cap, to send later (decision 022). */
export async function holdMessage(message: Omit<HeldMessageRow, 'id'> & { at: Date }): Promise<void> {
  const { at, ...rest } = message;
  await db.insert(heldMessages).values({ ...rest, createdAt: at });
}

/** System use (the held-messages job): the messages waiting, oldest first. */
export async function findHeldMessages({ limit = 500 }: { limit?: number } = {}): Promise<HeldMessageRow[]> {
  return db
    .select({
      id: heldMessages.id,
      userId: heldMessages.userId,
      messageType: heldMessages.messageType,
      smsTemplate: heldMessages.smsTemplate,
      emailTemplate: heldMessages.emailTemplate,
      phone: heldMessages.phone,
      personalisation: heldMessages.personalisation,
    })
    .from(heldMessages)
    .orderBy(asc(heldMessages.createdAt))
    .limit(limit);
}

/**
 * System use (the held-messages job): takes one held message to send it. True only for the one caller whose
 * delete removed the row, so two servers running the job at once never both send it.
 */
export async function takeHeldMessage({ id }: { id: string }): Promise<boolean> {
  const rows = await db.delete(heldMessages).where(eq(heldMessages.id, id)).returning({ id: heldMessages.id });
  return rows.length > 0;
}
