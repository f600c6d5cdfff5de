import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { courses } from './courses';
import { users } from './people';
import { providers } from './providers';
import { localAuthorities } from './tenancy';
import { vacancies } from './vacancies';

export const messageChannelEnum = pgEnum('message_channel', ['sms', 'email', 'push']);

/**
 * Every text, email and push notification the service sends. With GOV.UK Notify configured, notifyId is
 * Notify's reference; without it (or, for push, without VAPID keys), this table is the local outbox that the
 * demo and tests read. A push's recipient is the account's phone or email, so "delete my account" finds it.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: messageChannelEnum('channel').notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    personalisation: jsonb('personalisation').$type<Record<string, string>>().notNull(),
    body: text('body').notNull(),
    notifyId: text('notify_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbox_messages_recipient_idx').on(t.recipient, t.createdAt)],
);

export type OutboxMessage = typeof outboxMessages.$inferSelect;

/** "Ask my adviser to contact me about this". */
export const contactRequests = pgTable(
  'contact_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    youngPersonId: uuid('young_person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    adviserId: uuid('adviser_id').references(() => users.id, { onDelete: 'set null' }),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'set null' }),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id, { onDelete: 'set null' }),
    message: text('message').notNull().default(''),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contact_requests_adviser_idx').on(t.adviserId, t.handledAt)],
);

/** Who changed published content, what and when (providers and employers edit their own records live). */
export const contentChanges = pgTable(
  'content_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    summary: text('summary').notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>(),
    /** The provider whose record it is (its change log screen), when a provider's record changed. */
    providerId: uuid('provider_id').references(() => providers.id, { onDelete: 'cascade' }),
    /** The record's name when it changed ("Plumbing Level 1", "Main campus"), so the log still reads after a removal. */
    entityName: text('entity_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('content_changes_entity_idx').on(t.entityType, t.entityId, t.createdAt),
    index('content_changes_provider_idx').on(t.providerId, t.createdAt),
  ],
);
