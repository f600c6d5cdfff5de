import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';
import { localAuthorities } from './tenancy';

/** parent_carer: someone a young person named, who sees only what that young person lets them (decision 030). */
export const roleEnum = pgEnum('role', ['young_person', 'adviser', 'provider_staff', 'employer_staff', 'la_admin', 'parent_carer']);

/**
 * Everyone who signs in. The columns id, name, email, emailVerified and image are the ones Auth.js expects.
 * Young people often have no email address: they sign in with their mobile number instead.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id),
    role: roleEnum('role').notNull(),
    name: text('name'),
    email: text('email').unique(),
    emailVerified: timestamp('email_verified', { withTimezone: true, mode: 'date' }),
    /** E.164, e.g. +447700900123. */
    phone: text('phone').unique(),
    phoneVerified: timestamp('phone_verified', { withTimezone: true, mode: 'date' }),
    image: text('image'),
    /** "My settings" (text size, contrast, read-aloud speed…), so they follow the person to another device. */
    settings: jsonb('settings'),
    /** Advisers only: the council lets them look up any young person in the area (with a written reason). */
    canSearchYoungPeople: boolean('can_search_young_people').notNull().default(false),
    /** Staff only: the council turned this account off. It cannot sign in and its sessions are ended (decision 034). */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true, mode: 'date' }),
    ...timestamps,
  },
  (t) => [index('users_la_role_idx').on(t.laId, t.role)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** What a young person has told us about themselves. Kept apart from users so a user row stays small. */
export const youngPeople = pgTable('young_people', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  dateOfBirth: date('date_of_birth', { mode: 'string' }),
  /** School year (11, 12, 13) for the September Guarantee; null once they have left school. */
  schoolYear: integer('school_year'),
  postcode: text('postcode'),
  /** Up to 25 with a learning difficulty or disability. */
  hasLearningDifficultyOrDisability: boolean('has_ldd').notNull().default(false),
  /** A young person at risk can have their location hidden from everyone but themselves. */
  isLocationHidden: boolean('is_location_hidden').notNull().default(false),
  ...timestamps,
});

export type YoungPerson = typeof youngPeople.$inferSelect;
export type NewYoungPerson = typeof youngPeople.$inferInsert;

/** A PA's caseload: the young people they may see without asking for consent. */
export const caseloads = pgTable(
  'caseloads',
  {
    adviserId: uuid('adviser_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    youngPersonId: uuid('young_person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.adviserId, t.youngPersonId] }), index('caseloads_young_person_idx').on(t.youngPersonId)],
);

export type Caseload = typeof caseloads.$inferSelect;

/**
 * Named staff who still see a young person's location and contact details while their safety flag
 * (young_people.is_location_hidden) is on. Everyone else sees "hidden for their safety".
 */
export const safetyNamedStaff = pgTable(
  'safety_named_staff',
  {
    youngPersonId: uuid('young_person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedById: uuid('added_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.youngPersonId, t.staffId] })],
);

/**
 * A parent or carer a young person named (decision 030). Their name and mobile number are on their own users
 * row (role parent_carer), so they can sign in with a texted code. What they see is consent_grants with them as
 * grantee; deleting this row (the young person withdraws) also withdraws those grants.
 */
export const parentCarers = pgTable(
  'parent_carers',
  {
    youngPersonId: uuid('young_person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    parentCarerId: uuid('parent_carer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.youngPersonId, t.parentCarerId] }), index('parent_carers_parent_idx').on(t.parentCarerId)],
);

export type ParentCarer = typeof parentCarers.$inferSelect;
