import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SentProfile } from '../../lib/applications/profile';
import { timestamps } from './_columns';
import { courses } from './courses';
import { users } from './people';
import { mediaAssets, portfolioItems } from './portfolio';
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
  // For the adviser's records: did not come to the interview; accepted but did not start.
  'no_show',
  'did_not_enrol',
]);

/** The one profile reused for every application. Filled once, autosaved, carried across devices. */
export const applicationProfiles = pgTable('application_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  school: text('school').notNull().default(''),
  qualifications: text('qualifications').notNull().default(''),
  /** Null until they have answered "Do you need any help or changes?". */
  needsSupport: boolean('needs_support'),
  supportNeeds: text('support_needs').notNull().default(''),
  adjustments: text('adjustments').notNull().default(''),
  personalStatement: text('personal_statement').notNull().default(''),
  personalStatementMediaId: uuid('personal_statement_media_id').references(() => mediaAssets.id, {
    onDelete: 'set null',
  }),
  /** The sections the young person has said are finished ("contact", "school", "support", "statement"). */
  completedSections: text('completed_sections').array().notNull().default([]),
  ...timestamps,
});

export type ApplicationProfile = typeof applicationProfiles.$inferSelect;
export type NewApplicationProfile = typeof applicationProfiles.$inferInsert;

export type { SentProfile };

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
    /** Set with the interview status: when and (in the note) where. */
    interviewAt: timestamp('interview_at', { withTimezone: true }),
    /** The provider's or employer's conditions with an offer ("if you pass English at grade 4"). */
    offerConditions: text('offer_conditions').notNull().default(''),
    /** Why it was turned down, in plain words: the young person sees this. */
    decisionReason: text('decision_reason').notNull().default(''),
    /** The last polite reminder the young person sent the provider or employer. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /** The profile as it was when sent: what the provider or employer sees, even if the young person edits it later. */
    sentProfile: jsonb('sent_profile').$type<SentProfile>(),
    /** Text reminders already sent, so each goes once (see lib/applications/reminders.ts). */
    remindersSent: text('reminders_sent').array().notNull().default([]),
    ...timestamps,
  },
  (t) => [
    check('applications_target_check', sql`(${t.courseId} is not null) <> (${t.vacancyId} is not null)`),
    // One open application per course or vacancy: a double press on "Start" or "Send" cannot make two.
    uniqueIndex('applications_one_per_course_idx')
      .on(t.youngPersonId, t.courseId)
      .where(sql`${t.courseId} is not null and ${t.status} <> 'withdrawn'`),
    uniqueIndex('applications_one_per_vacancy_idx')
      .on(t.youngPersonId, t.vacancyId)
      .where(sql`${t.vacancyId} is not null and ${t.status} <> 'withdrawn'`),
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
export type NewApplicationQuestion = typeof applicationQuestions.$inferInsert;

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

/**
 * The version of an answer that lost when an answer typed offline met one saved elsewhere (decision 022): the
 * newest edit is the answer, this one is kept for the young person to use or dismiss, so nothing is lost.
 */
export const answerOtherVersions = pgTable(
  'answer_other_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => applicationQuestions.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ...timestamps,
  },
  (t) => [index('answer_other_versions_application_idx').on(t.applicationId)],
);

export type AnswerOtherVersion = typeof answerOtherVersions.$inferSelect;

/** Portfolio items the young person chose to show with one application. Staff see only these, never the whole CV. */
export const applicationAttachments = pgTable(
  'application_attachments',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    portfolioItemId: uuid('portfolio_item_id')
      .notNull()
      .references(() => portfolioItems.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.portfolioItemId] })],
);

export type ApplicationAttachment = typeof applicationAttachments.$inferSelect;
