import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { freshness, timestamps, tsvector } from './_columns';
import { categories } from './categories';
import { employers } from './employers';
import { users } from './people';
import { providers } from './providers';
import { localAuthorities } from './tenancy';

export const vacancyTypeEnum = pgEnum('vacancy_type', [
  'job',
  'apprenticeship',
  'training_place',
  'work_experience',
  'volunteering',
]);
export const vacancyStatusEnum = pgEnum('vacancy_status', ['draft', 'live', 'closed', 'filled']);
export const wageUnitEnum = pgEnum('wage_unit', ['hour', 'week', 'year', 'unpaid', 'allowance']);
export const hoursTypeEnum = pgEnum('hours_type', ['full_time', 'part_time']);
/**
 * The council's check of a vacancy: 'waiting' while an unapproved employer's vacancy or flagged wording waits
 * for review (hidden from young people); 'approved' once an admin passed this vacancy itself.
 */
export const vacancyReviewEnum = pgEnum('vacancy_review', ['not_needed', 'waiting', 'approved']);

/**
 * Jobs, apprenticeships, training places (incl. pre-employment programmes), work experience and volunteering.
 * Offered by an employer or, for training places, by a provider.
 */
export const vacancies = pgTable(
  'vacancies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    employerId: uuid('employer_id').references(() => employers.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id').references(() => providers.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    type: vacancyTypeEnum('type').notNull(),
    status: vacancyStatusEnum('status').notNull().default('live'),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    whatYoullDo: text('what_youll_do').notNull().default(''),
    whatTheyWant: text('what_they_want').notNull().default(''),
    /** Pence per wage unit; null when the vacancy pays the legal minimum for the person's age. */
    wagePence: integer('wage_pence'),
    wageUnit: wageUnitEnum('wage_unit').notNull(),
    isMinimumWageForAge: boolean('is_minimum_wage_for_age').notNull().default(false),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1 }),
    hoursType: hoursTypeEnum('hours_type').notNull(),
    postcode: text('postcode').notNull(),
    town: text('town').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    closesOn: date('closes_on', { mode: 'string' }),
    /** Null means open-ended: the provider takes any number (the source data's "99"). */
    places: integer('places'),
    isNoExperienceNeeded: boolean('is_no_experience_needed').notNull().default(false),
    isNoQualificationsNeeded: boolean('is_no_qualifications_needed').notNull().default(false),
    acceptsVoiceAndVideo: boolean('accepts_voice_and_video').notNull().default(true),
    imagePath: text('image_path'),
    imageAlt: text('image_alt').notNull().default(''),
    reviewStatus: vacancyReviewEnum('review_status').notNull().default('not_needed'),
    /** Words the simple wording check flagged for the council to look at (lib/vacancies/wording.ts). */
    flaggedWords: text('flagged_words').array().notNull().default([]),
    /**
     * The council's reason for sending a waiting vacancy back to its employer for changes. Set only while the
     * vacancy waits ('waiting'); it leaves the review queue until the employer saves a change (decision 040).
     */
    sentBackReason: text('sent_back_reason'),
    /** The employer's own reference for the vacancy, from a CSV import: one per employer, so a re-run updates. */
    externalRef: text('external_ref'),
    ...freshness,
    lastCheckedById: uuid('last_checked_by_id').references(() => users.id),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(what_youll_do, ''))`,
    ),
    ...timestamps,
  },
  (t) => [
    check('vacancies_offered_by_check', sql`(${t.employerId} is not null) <> (${t.providerId} is not null)`),
    index('vacancies_la_status_idx').on(t.laId, t.status, t.closesOn),
    index('vacancies_la_category_idx').on(t.laId, t.categoryId),
    // Searches without words list the most recently checked first, a page at a time (docs/performance.md).
    index('vacancies_la_checked_idx').on(t.laId, t.lastCheckedAt.desc().nullsFirst(), t.id),
    // The box around a postcode that distance searches test before the exact distance.
    index('vacancies_la_location_idx').on(t.laId, t.latitude, t.longitude),
    index('vacancies_employer_idx').on(t.employerId),
    uniqueIndex('vacancies_employer_external_ref_idx').on(t.employerId, t.externalRef),
    index('vacancies_search_idx').using('gin', t.searchVector),
    index('vacancies_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export type Vacancy = typeof vacancies.$inferSelect;
export type NewVacancy = typeof vacancies.$inferInsert;
