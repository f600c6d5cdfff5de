import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './people';
import { localAuthorities } from './tenancy';

export const importKindEnum = pgEnum('import_kind', ['courses', 'vacancies']);

/**
 * A CSV file a member of staff has uploaded but not yet confirmed (decision 024). Only the parsed cells are
 * kept, never trusted: the preview and the confirm step both check every row again against the database.
 * Owned by the member of staff who uploaded it; gone after an hour or once confirmed.
 */
export const pendingImports = pgTable(
  'pending_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id, { onDelete: 'cascade' }),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The provider (courses) or employer (vacancies) the rows are for. */
    organisationId: uuid('organisation_id').notNull(),
    kind: importKindEnum('kind').notNull(),
    fileName: text('file_name').notNull(),
    /** The cells of each row after the header, keyed by column name. */
    rows: jsonb('rows').$type<{ row: number; cells: Record<string, string> }[]>().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pending_imports_owner_idx').on(t.ownerUserId, t.expiresAt)],
);

export type PendingImport = typeof pendingImports.$inferSelect;
export type NewPendingImport = typeof pendingImports.$inferInsert;
