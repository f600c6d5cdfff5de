import { doublePrecision, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { freshness, timestamps } from './_columns';
import { users } from './people';
import { localAuthorities } from './tenancy';

export const employerStatusEnum = pgEnum('employer_status', ['pending', 'approved', 'rejected', 'suspended']);

/**
 * Employers post vacancies; a new one is approved by the LA before its vacancies go live. A suspended one's
 * vacancies are hidden from young people until the council restores it (decision 034). A turned-down one
 * ('rejected', with a reason) cannot post and its vacancies stay hidden (decision 040).
 */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull().default(''),
    status: employerStatusEnum('status').notNull().default('pending'),
    postcode: text('postcode').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    imagePath: text('image_path'),
    /** Why the council turned down this employer's sign-up (status 'rejected'): shown to its staff. */
    turnedDownReason: text('turned_down_reason'),
    ...freshness,
    lastCheckedById: uuid('last_checked_by_id').references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('employers_la_slug_idx').on(t.laId, t.slug)],
);

export type Employer = typeof employers.$inferSelect;
export type NewEmployer = typeof employers.$inferInsert;
