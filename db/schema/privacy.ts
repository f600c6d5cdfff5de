import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './people';
import { localAuthorities } from './tenancy';

export const consentScopeEnum = pgEnum('consent_scope', ['profile', 'cv', 'applications', 'everything']);

/** A young person lets one named member of staff (or their named parent or carer) see part of their record. Revocable at any time. */
export const consentGrants = pgTable(
  'consent_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    youngPersonId: uuid('young_person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    granteeId: uuid('grantee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scope: consentScopeEnum('scope').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /**
     * Under the consent age (CONSENT_AGE) a grant to anyone but their parent or carer counts only once that
     * parent or carer agrees (lib/privacy/access.ts, grantNeedsParentAgreement).
     */
    parentAgreedAt: timestamp('parent_agreed_at', { withTimezone: true }),
    parentAgreedById: uuid('parent_agreed_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('consent_grants_lookup_idx').on(t.youngPersonId, t.granteeId)],
);

export type ConsentGrant = typeof consentGrants.$inferSelect;
export type NewConsentGrant = typeof consentGrants.$inferInsert;

/**
 * Why staff could see a record (lib/privacy/access.ts decides). search_permission: a PA the council allows to
 * look anyone up, who wrote down why.
 */
export const accessBasisEnum = pgEnum('access_basis', ['self', 'caseload', 'consent', 'application', 'la_admin', 'search_permission']);

/** Every time staff view a young person's record. The young person can see this list. */
export const accessLog = pgTable(
  'access_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    basis: accessBasisEnum('basis').notNull(),
    /** What was looked at, in words the young person understands: "your CV", "your application to …". */
    what: text('what').notNull(),
    /** Why they looked, in their words, when nothing else let them (council admins, PAs looking someone up). */
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('access_log_subject_idx').on(t.subjectId, t.createdAt)],
);

export type AccessLogEntry = typeof accessLog.$inferSelect;

/**
 * What is left of an application once the young person deleted their account: no link to any person, no
 * words they or staff wrote, only enough to count applications per course, vacancy and outcome
 * (docs/decisions/016-your-data-and-backups.md).
 */
export const anonymisedApplications = pgTable(
  'anonymised_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    courseId: uuid('course_id'),
    vacancyId: uuid('vacancy_id'),
    status: text('status').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** When the account was deleted (the last time anything was known about this application). */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('anonymised_applications_la_idx').on(t.laId)],
);

export type AnonymisedApplication = typeof anonymisedApplications.$inferSelect;

/**
 * Accounts deleted at the young person's request: only the old users.id (a random id that now points at nothing)
 * and when. No foreign key: the users row is gone. `npm run db:restore` carries this list over from the live
 * database and deletes these accounts again, so restoring an older backup cannot bring anyone back
 * (docs/decisions/021-security-gaps.md).
 */
export const deletionLedger = pgTable('deletion_ledger', {
  userId: uuid('user_id').primaryKey(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull(),
});

export type DeletionLedgerEntry = typeof deletionLedger.$inferSelect;
