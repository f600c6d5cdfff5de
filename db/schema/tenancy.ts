import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { mediaAssets } from './portfolio';
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
  /**
   * Web host names (lower case, no port) that show this area to visitors who are not signed in, e.g.
   * "calderdale.nextsteps.example". A host belongs to at most one area (decision 035).
   */
  hosts: text('hosts').array().notNull().default([]),
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

/**
 * A shared PC enrolled as a kiosk by an LA admin. Only a hash of the device token is stored. Until enrolledAt
 * is set, the hash is of the one-time enrolment link's token; opening the link swaps it for a new device token.
 */
export const kioskDevices = pgTable('kiosk_devices', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id, { onDelete: 'cascade' }),
  label: text('label').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  enrolledAt: timestamp('enrolled_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  ...timestamps,
});

export type KioskDevice = typeof kioskDevices.$inferSelect;

/** "Ask someone here": a young person at a kiosk wants help from the centre's staff on duty. */
export const kioskHelpRequests = pgTable(
  'kiosk_help_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id, { onDelete: 'cascade' }),
    kioskDeviceId: uuid('kiosk_device_id').references(() => kioskDevices.id, { onDelete: 'set null' }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kiosk_help_requests_centre_idx').on(t.centreId, t.handledAt)],
);

export type KioskHelpRequest = typeof kioskHelpRequests.$inferSelect;

/**
 * One council shares its public prospectus (courses only: never people, never vacancies) with a neighbour:
 * the neighbour's public course search and course pages also show the sharing council's courses, marked with
 * its area name. Only the sharing council (fromLaId) turns it on or off (decision 035).
 */
export const prospectusShares = pgTable(
  'prospectus_shares',
  {
    fromLaId: uuid('from_la_id')
      .notNull()
      .references(() => localAuthorities.id, { onDelete: 'cascade' }),
    toLaId: uuid('to_la_id')
      .notNull()
      .references(() => localAuthorities.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.fromLaId, t.toLaId] }), index('prospectus_shares_to_idx').on(t.toLaId)],
);

/**
 * A council's own words for a service-wide category in its area, and whether a kind of work is hidden there
 * because it makes no sense locally. Null description: the service-wide words.
 */
export const categoryOverrides = pgTable(
  'category_overrides',
  {
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    description: text('description'),
    isHidden: boolean('is_hidden').notNull().default(false),
    /** The area's own picture (a small JPEG the council uploaded), or null for the service-wide one. */
    imageMediaId: uuid('image_media_id').references(() => mediaAssets.id, { onDelete: 'set null' }),
    /** What the area's own picture shows, for people who cannot see it. */
    imageAlt: text('image_alt'),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.laId, t.categoryId] })],
);
