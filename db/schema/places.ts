import { doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Where postcodes are, for "how far away" and distance search without calling any outside service.
 * A council loads the ONS postcode directory for its area here; the demo seeds its own areas.
 * Shared by every LA (postcodes are national).
 */
export const postcodes = pgTable(
  'postcodes',
  {
    /** Normalised, e.g. "HX1 2SP". */
    postcode: text('postcode').primaryKey(),
    /** The first half, e.g. "HX1": people who do not know their full postcode often know this. */
    outcode: text('outcode').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
  },
  (t) => [index('postcodes_outcode_idx').on(t.outcode)],
);

export type Postcode = typeof postcodes.$inferSelect;
