import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';

/**
 * A local authority (council) runs the service for its area. It is the tenant: every person, provider,
 * employer, course and vacancy belongs to exactly one, and nothing of one LA is visible to another.
 */
export const localAuthorities = pgTable('local_authorities', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Shown to young people as the area they live in, e.g. "Calderdale". */
  areaName: text('area_name').notNull(),
  ...timestamps,
});

export type LocalAuthority = typeof localAuthorities.$inferSelect;
export type NewLocalAuthority = typeof localAuthorities.$inferInsert;

/** Youth centres and Connexions offices: where kiosks stand and where "ask someone here" goes. */
export const centres = pgTable('centres', {
  id: uuid('id').primaryKey().defaultRandom(),
  laId: uuid('la_id').notNull().references(() => localAuthorities.id),
  name: text('name').notNull(),
  postcode: text('postcode').notNull(),
  ...timestamps,
});

export type Centre = typeof centres.$inferSelect;
export type NewCentre = typeof centres.$inferInsert;

/** A shared PC enrolled as a kiosk by an LA admin. Only a hash of the device token is stored. */
export const kioskDevices = pgTable('kiosk_devices', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id, { onDelete: 'cascade' }),
  label: text('label').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  ...timestamps,
});

export type KioskDevice = typeof kioskDevices.$inferSelect;
