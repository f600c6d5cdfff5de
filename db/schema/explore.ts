import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './people';

/** The answers as saved: the same shape as lib/explore/answers.ts ExploreAnswers. */
export type SavedExploreAnswers = {
  like: string[];
  way: string[];
  now?: string;
  travel?: string;
  postcode?: string;
};

/**
 * Explore results a young person chose to keep (pressing "Save my results"). Nothing from Explore is stored
 * until they do, and they can remove it. The kinds of work are the ones shown at the time, best first.
 */
export const exploreResults = pgTable(
  'explore_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<SavedExploreAnswers>().notNull(),
    kindSlugs: text('kind_slugs').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('explore_results_user_idx').on(t.userId, t.createdAt)],
);

export type ExploreResult = typeof exploreResults.$inferSelect;
export type NewExploreResult = typeof exploreResults.$inferInsert;
