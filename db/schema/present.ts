import { sql } from 'drizzle-orm';
import { check, index, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { courses } from './courses';
import { users } from './people';
import { vacancies } from './vacancies';

/**
 * Present mode's shortlist: the courses and vacancies an adviser and a young person picked together on a shared
 * screen (decision 030). Kept per adviser, in the database so any app server sees it; holds nothing about the
 * young person (they are never named in present mode). Emptied when present mode starts or ends, and ignored
 * after 12 hours (present mode's own limit).
 */
export const presentShortlistItems = pgTable(
  'present_shortlist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adviserId: uuid('adviser_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'cascade' }),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('present_shortlist_items_target_check', sql`(${t.courseId} is not null) <> (${t.vacancyId} is not null)`),
    unique('present_shortlist_items_unique').on(t.adviserId, t.courseId, t.vacancyId).nullsNotDistinct(),
    index('present_shortlist_items_adviser_idx').on(t.adviserId, t.createdAt),
  ],
);

export type PresentShortlistItem = typeof presentShortlistItems.$inferSelect;
