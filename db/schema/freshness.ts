import { check, index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { employers } from './employers';
import { users } from './people';
import { providers } from './providers';
import { localAuthorities } from './tenancy';

/**
 * "Please check your information": one row per reminder a council admin sent to a provider or an employer
 * from the freshness dashboard. It is the record of who was reminded, by whom and when, and it stops a second
 * reminder to the same owner on the same day.
 */
export const freshnessReminders = pgTable(
  'freshness_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    providerId: uuid('provider_id').references(() => providers.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id').references(() => employers.id, { onDelete: 'cascade' }),
    sentById: uuid('sent_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** How many people it went to (the owner's staff, or the provider's own address). */
    recipients: integer('recipients').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('freshness_reminders_provider_idx').on(t.providerId, t.sentAt),
    index('freshness_reminders_employer_idx').on(t.employerId, t.sentAt),
    check('freshness_reminders_one_owner', sql`(${t.providerId} is null) <> (${t.employerId} is null)`),
  ],
);
