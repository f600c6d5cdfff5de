import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { freshness, timestamps, tsvector } from './_columns';
import { categories } from './categories';
import { users } from './people';
import { providerSites, providers } from './providers';
import { localAuthorities } from './tenancy';

export const courseLevelEnum = pgEnum('course_level', ['entry', 'level_1', 'level_2', 'level_3', 'level_4']);
export const studyModeEnum = pgEnum('study_mode', ['full_time', 'part_time']);
export const studyMethodEnum = pgEnum('study_method', ['classroom', 'work_based', 'online', 'mixed']);
export const ageGroupEnum = pgEnum('age_group', ['age_14_16', 'age_16_19', 'age_19_25']);
export const publicationStatusEnum = pgEnum('publication_status', ['draft', 'published', 'hidden']);

/** A course or apprenticeship route in the 14-19 prospectus. */
export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** Plain words, reading age 9: what it is and who it is for. */
    summary: text('summary').notNull(),
    whatYouLearn: text('what_you_learn').notNull().default(''),
    entryRequirements: text('entry_requirements').notNull().default(''),
    isNoQualificationsNeeded: boolean('is_no_qualifications_needed').notNull().default(false),
    leadsTo: text('leads_to').notNull().default(''),
    cost: text('cost').notNull().default(''),
    level: courseLevelEnum('level').notNull(),
    mode: studyModeEnum('mode').notNull(),
    method: studyMethodEnum('method').notNull(),
    ageGroup: ageGroupEnum('age_group').notNull(),
    isApprenticeship: boolean('is_apprenticeship').notNull().default(false),
    durationText: text('duration_text').notNull(),
    imagePath: text('image_path'),
    imageAlt: text('image_alt').notNull().default(''),
    status: publicationStatusEnum('status').notNull().default('published'),
    /** The provider's own reference for the course, from a CSV import: one per provider, so a re-run updates. */
    externalRef: text('external_ref'),
    ...freshness,
    lastCheckedById: uuid('last_checked_by_id').references(() => users.id),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(what_you_learn, ''))`,
    ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('courses_la_slug_idx').on(t.laId, t.slug),
    index('courses_la_category_idx').on(t.laId, t.categoryId),
    index('courses_provider_idx').on(t.providerId),
    uniqueIndex('courses_provider_external_ref_idx').on(t.providerId, t.externalRef),
    index('courses_search_idx').using('gin', t.searchVector),
    index('courses_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export type Course = typeof courses.$inferSelect;
export type NewCourse = typeof courses.$inferInsert;

/** One intake of a course: when and where it starts, how many places (null = open-ended). */
export const courseRuns = pgTable(
  'course_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => providerSites.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    applyBy: date('apply_by', { mode: 'string' }),
    places: integer('places'),
    ...timestamps,
  },
  (t) => [index('course_runs_course_idx').on(t.courseId, t.startsOn)],
);

export type CourseRun = typeof courseRuns.$inferSelect;
export type NewCourseRun = typeof courseRuns.$inferInsert;
