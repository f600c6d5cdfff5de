import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';
import { users } from './people';
import { localAuthorities } from './tenancy';

/**
 * One council's own settings (issue 10, decision 033), set by its admins on /admin/settings: freshness periods,
 * September Guarantee key dates, minimum wage rates, consent age and alert limits. Only the groups an admin has
 * saved are here; the rest come from the environment and code defaults (lib/area-settings/settings.ts checks
 * every group when read). Every change is also in content_changes (entity_type 'area_settings').
 */
export const areaSettings = pgTable('area_settings', {
  laId: uuid('la_id')
    .primaryKey()
    .references(() => localAuthorities.id, { onDelete: 'cascade' }),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps,
});

export type AreaSettingsRow = typeof areaSettings.$inferSelect;
export type NewAreaSettingsRow = typeof areaSettings.$inferInsert;
