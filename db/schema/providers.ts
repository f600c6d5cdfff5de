import { doublePrecision, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { freshness, timestamps } from './_columns';
import { users } from './people';
import { localAuthorities } from './tenancy';

export const providerKindEnum = pgEnum('provider_kind', [
  'school_sixth_form',
  'college',
  'training_provider',
  'employer_provider',
  'voluntary_organisation',
]);

/** Schools' sixth forms, colleges and training providers that offer courses and training places. */
export const providers = pgTable(
  'providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: providerKindEnum('kind').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull().default(''),
    /** Help for learners with additional needs, in plain words. */
    supportInfo: text('support_info').notNull().default(''),
    website: text('website'),
    /** For texting the provider: young people rarely phone. */
    textNumber: text('text_number'),
    email: text('email'),
    phone: text('phone'),
    imagePath: text('image_path'),
    imageAlt: text('image_alt').notNull().default(''),
    offersApprenticeships: text('offers_apprenticeships').array().notNull().default([]),
    ...freshness,
    lastCheckedById: uuid('last_checked_by_id').references(() => users.id),
    /**
     * Set when the council pauses the provider (it closed or broke the rules): young people then see none of
     * its courses, open days or its page (decision 039). Null when it is live.
     */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('providers_la_slug_idx').on(t.laId, t.slug)],
);

export type Provider = typeof providers.$inferSelect;
export type NewProvider = typeof providers.$inferInsert;

/** A place where a provider teaches: a campus, a school, a training centre. */
export const providerSites = pgTable(
  'provider_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    addressLine: text('address_line').notNull(),
    town: text('town').notNull(),
    postcode: text('postcode').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** "Bus 501 stops outside", in plain words. */
    gettingThere: text('getting_there').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('provider_sites_provider_idx').on(t.providerId)],
);

export type ProviderSite = typeof providerSites.$inferSelect;
export type NewProviderSite = typeof providerSites.$inferInsert;

/** Open days and taster events. */
export const openDays = pgTable(
  'open_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id').references(() => providerSites.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    description: text('description').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('open_days_provider_idx').on(t.providerId, t.startsAt)],
);

export type OpenDay = typeof openDays.$inferSelect;
export type NewOpenDay = typeof openDays.$inferInsert;
