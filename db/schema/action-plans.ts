import { date, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ACTION_STEP_PICTURES, ACTION_STEP_STATUSES, type StepLink } from '../../lib/action-plans/status';
import { timestamps } from './_columns';
import { users } from './people';

export const actionStepStatusEnum = pgEnum('action_step_status', ACTION_STEP_STATUSES);
export const actionStepPictureEnum = pgEnum('action_step_picture', ACTION_STEP_PICTURES);

/**
 * One agreed next step on a young person's action plan, written by their adviser in plain words. The young
 * person sees it on "My plan" and can tick it done. A removed step is kept (status "removed") so the history
 * of the plan stays honest, but nobody sees it.
 */
export const actionSteps = pgTable(
  'action_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    youngPersonId: uuid('young_person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The adviser who added it. */
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    picture: actionStepPictureEnum('picture'),
    /** Links to pages on this site (a course, a job, a search), with the words to show for each. */
    links: jsonb('links').$type<StepLink[]>().notNull().default([]),
    /** A calendar day in the UK ("2026-12-03"). */
    dueOn: date('due_on').notNull(),
    status: actionStepStatusEnum('status').notNull().default('to_do'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** Set when the "due tomorrow" text has gone, so it goes once. */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('action_steps_young_person_idx').on(t.youngPersonId, t.dueOn), index('action_steps_due_idx').on(t.dueOn, t.status)],
);

export type ActionStep = typeof actionSteps.$inferSelect;
export type NewActionStep = typeof actionSteps.$inferInsert;
