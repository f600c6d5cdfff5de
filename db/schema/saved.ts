import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';
import { courses } from './courses';
import { users } from './people';
import { vacancies } from './vacancies';

/** A course or vacancy a young person saved for later (readable offline). */
export const savedItems = pgTable(
  'saved_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'cascade' }),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('saved_items_target_check', sql`(${t.courseId} is not null) <> (${t.vacancyId} is not null)`),
    // One of course/vacancy is always null, and nulls are distinct by default: without NULLS NOT DISTINCT
    // the same course could be saved twice.
    unique('saved_items_unique').on(t.userId, t.courseId, t.vacancyId).nullsNotDistinct(),
  ],
);

export type SavedItem = typeof savedItems.$inferSelect;

/** 'push' (decision 029) is only chosen in notification_preferences: a saved search's alert is on or off. */
export const alertChannelEnum = pgEnum('alert_channel', ['none', 'sms', 'email', 'push']);

/** A search kept as its URL query, with an optional text or email alert for new matches. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Set when a PA made the search and handed it to the young person. */
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    /** "courses" or "vacancies" */
    scope: text('scope').notNull(),
    query: text('query').notNull(),
    alertChannel: alertChannelEnum('alert_channel').notNull().default('none'),
    lastAlertedAt: timestamp('last_alerted_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('saved_searches_user_idx').on(t.userId)],
);

export type SavedSearch = typeof savedSearches.$inferSelect;
