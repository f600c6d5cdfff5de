import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';
import { users } from './people';
import { mediaAssets } from './portfolio';
import { providers } from './providers';
import { localAuthorities } from './tenancy';

/**
 * Up to six photos of a provider (buildings, workshops, students at work), added by its staff with words
 * saying what each shows. Public on the provider page (and the first on its course pages), in its area only.
 */
export const providerPhotos = pgTable(
  'provider_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    /** The photo, re-encoded without its metadata; owned by the member of staff who added it. */
    mediaId: uuid('media_id')
      .notNull()
      .references(() => mediaAssets.id, { onDelete: 'cascade' }),
    /** What the photo shows, in plain words, for people who cannot see it. */
    altText: text('alt_text').notNull(),
    /** Order on the page: lowest first. */
    position: integer('position').notNull().default(0),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('provider_photos_provider_idx').on(t.providerId, t.position)],
);

export type ProviderPhoto = typeof providerPhotos.$inferSelect;
