import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { consentGrants, users, type ConsentGrant, type NewConsentGrant } from '../schema';

/** One consent grant (a young person lets one member of staff see one part of their record). */
export async function seedConsentGrant(db: Database, values: NewConsentGrant): Promise<ConsentGrant> {
  const [row] = await db.insert(consentGrants).values(values).returning();
  if (!row) throw new Error('The insert returned no row.');
  return row;
}

/**
 * The demo's privacy set-up: Jade has let her adviser Sam see her CV and applications as well as her basic
 * record (Liam has not, so the demo shows both), and Sam may look up other young people with a reason.
 */
export async function seedDemoPrivacy(db: Database, people: { adviserId: string; youngPersonId: string }): Promise<void> {
  await seedConsentGrant(db, { youngPersonId: people.youngPersonId, granteeId: people.adviserId, scope: 'cv' });
  await seedConsentGrant(db, { youngPersonId: people.youngPersonId, granteeId: people.adviserId, scope: 'applications' });
  await db.update(users).set({ canSearchYoungPeople: true }).where(eq(users.id, people.adviserId));
}
