import { date, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './auth';
import { users } from './people';
import { alertChannelEnum } from './saved';

/** The kinds of message a young person can choose how to get (lib/notifications/rules.ts). */
export const messageTypeEnum = pgEnum('message_type', ['application_updates', 'reminders', 'job_alerts']);

/**
 * How a young person wants to hear about one kind of message: a text, an email, or not at all. No row means
 * the default for that kind (a text).
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageType: messageTypeEnum('message_type').notNull(),
    channel: alertChannelEnum('channel').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.messageType] })],
);

export type NotificationPreference = typeof notificationPreferences.$inferSelect;

/**
 * What was sent to whom and when, without the words: the template name says what it was about. It also counts
 * messages towards the daily cap.
 */
export const notificationLog = pgTable(
  'notification_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageType: messageTypeEnum('message_type').notNull(),
    channel: text('channel').notNull(),
    template: text('template').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notification_log_user_idx').on(t.userId, t.createdAt)],
);

export type NotificationLogEntry = typeof notificationLog.$inferSelect;

/**
 * One row per young person per day (London) once a job-alert run has taken them on. The primary key is the
 * lock: when two servers run the job at once, only the one whose insert succeeds sends that day's text.
 */
export const alertClaims = pgTable(
  'alert_claims',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

/**
 * A message to a young person held back by quiet hours or the daily cap (decision 022). The held-messages job
 * (run by `npm run jobs:reminders`) sends it once it may, through the same rules. Holds only what the text needs.
 */
export const heldMessages = pgTable(
  'held_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageType: messageTypeEnum('message_type').notNull(),
    smsTemplate: text('sms_template').notNull(),
    emailTemplate: text('email_template'),
    /** Where to text when it is not the account's own number (the phone on an application). */
    phone: text('phone'),
    personalisation: jsonb('personalisation').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('held_messages_created_idx').on(t.createdAt)],
);

export type HeldMessage = typeof heldMessages.$inferSelect;

/**
 * One browser that may be sent push notifications (decision 029): a young person's phone, or an adviser's
 * computer for "Ask someone here" alerts. Tied to the session it was turned on in, so signing out (or the
 * session ending) removes it: the next person on a shared device never gets someone else's notifications.
 * The endpoint and keys come from the browser's PushManager; only our VAPID key can send to it.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionToken: text('session_token')
      .notNull()
      .references(() => sessions.sessionToken, { onDelete: 'cascade' }),
    /** The push service's address for this browser: unique to it, so a new person on the device takes it over. */
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    /** "Chrome on Android": for the person's own list and their download, never the whole user agent. */
    deviceName: text('device_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('push_subscriptions_endpoint_idx').on(t.endpoint), index('push_subscriptions_user_idx').on(t.userId)],
);

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
