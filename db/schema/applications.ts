import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';
import { courses } from './courses';
import { users } from './people';
import { mediaAssets } from './portfolio';
import { localAuthorities } from './tenancy';
import { vacancies } from './vacancies';

/** Transitions between these are allowed only by lib/applications/status.ts. */
export const applicationStatusEnum = pgEnum('application_status', [
  'draft',
  'submitted',
  'viewed',
  'interview',
  'offer',
  'accepted',
  'unsuccessful',
  'withdrawn',
  'declined',
]);

/** The one profile reused for every application. Filled once, autosaved, carried across devices. */
export const applicationProfiles = pgTable('application_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  school: text('school').notNull().default(''),
  supportNeeds: text('support_needs').notNull().default(''),
  personalStatement: text('personal_statement').notNull().default(''),
  personalStatementMediaId: uuid('personal_statement_media_id').references(() => mediaAssets.id, {
    onDelete: 'set null',
  }),
  ...timestamps,
});

export type ApplicationProfile = typeof applicationProfiles.$inferSelect;
export type NewApplicationProfile = typeof applicationProfiles.$inferInsert;

/** An application to one course or one vacancy. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    youngPersonId: uuid('young_person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id').references(() => courses.id),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id),
    status: applicationStatusEnum('status').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('applications_target_check', sql`(${t.courseId} is not null) <> (${t.vacancyId} is not null)`),
    index('applications_young_person_idx').on(t.youngPersonId, t.status),
    index('applications_course_idx').on(t.courseId),
    index('applications_vacancy_idx').on(t.vacancyId),
  ],
);

export type Application = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;

/** Every status change, who made it and when: both sides see this history. */
export const applicationStatusHistory = pgTable(
  'application_status_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: applicationStatusEnum('from_status'),
    toStatus: applicationStatusEnum('to_status').notNull(),
    changedById: uuid('changed_by_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_status_history_app_idx').on(t.applicationId, t.createdAt)],
);

export type ApplicationStatusChange = typeof applicationStatusHistory.$inferSelect;

/** A provider's or employer's own question for applicants. */
export const applicationQuestions = pgTable(
  'application_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'cascade' }),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id, { onDelete: 'cascade' }),
    prompt: text('prompt').notNull(),
    isVoiceOrVideoAllowed: boolean('is_voice_or_video_allowed').notNull().default(true),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [check('application_questions_target_check', sql`(${t.courseId} is not null) <> (${t.vacancyId} is not null)`)],
);

export type ApplicationQuestion = typeof applicationQuestions.$inferSelect;

/** An answer by text, voice or video; saved as the young person goes. */
export const applicationAnswers = pgTable(
  'application_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => applicationQuestions.id, { onDelete: 'cascade' }),
    text: text('text').notNull().default(''),
    mediaId: uuid('media_id').references(() => mediaAssets.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('application_answers_unique_idx').on(t.applicationId, t.questionId)],
);

export type ApplicationAnswer = typeof applicationAnswers.$inferSelect;
