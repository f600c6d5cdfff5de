import 'server-only';
import { ukDate } from '../../lib/action-plans/reminders';
import { weekAfter } from '../../lib/action-plans/hand-over';
import type { Database } from '../client';
import { type ActionStep, actionSteps, type NewActionStep } from '../schema';

/** One step on a young person's plan. */
export async function seedActionStep(db: Database, values: Omit<NewActionStep, 'id'>): Promise<ActionStep> {
  const [row] = await db.insert(actionSteps).values(values).returning();
  if (!row) throw new Error('The insert returned no row.');
  return row;
}

/** The demo: Jade's plan, agreed with her adviser Sam: one step to do next week, one done. */
export async function seedDemoActionPlan(db: Database, people: { adviserId: string; youngPersonId: string }, now = new Date()): Promise<void> {
  const today = ukDate(now);
  await seedActionStep(db, {
    youngPersonId: people.youngPersonId,
    createdById: people.adviserId,
    text: 'Go to the open evening at Calder Valley College',
    picture: 'course',
    links: [{ label: 'Courses', href: '/courses' }],
    dueOn: weekAfter(today),
  });
  await seedActionStep(db, {
    youngPersonId: people.youngPersonId,
    createdById: people.adviserId,
    text: 'Add a photo of your work to your CV',
    picture: 'cv',
    dueOn: today,
    status: 'done',
    doneAt: now,
  });
}
