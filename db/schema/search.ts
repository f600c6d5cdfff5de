import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localAuthorities } from './tenancy';

/**
 * Counts for the search pages' picture cards ("120 to choose from"), kept in the database so every server
 * shares them (docs/performance.md): counting every visible vacancy is a scan of the whole table, too slow
 * for each visit to /vacancies. `key` names the count ("vacancy-landing", "vacancy-kinds:care:job").
 */
export const searchCounts = pgTable(
  'search_counts',
  {
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    counts: jsonb('counts').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.laId, t.key] })],
);

export type SearchCount = typeof searchCounts.$inferSelect;
