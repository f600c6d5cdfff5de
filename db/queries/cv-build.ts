import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '../client';
import { cvBuildProgress, users } from '../schema';

/** The owner only: the guided step they should see next, or null when they have never started. */
export async function getCvBuildStep({ actorId }: { actorId: string }): Promise<number | null> {
  const [row] = await db.select({ nextStep: cvBuildProgress.nextStep }).from(cvBuildProgress).where(eq(cvBuildProgress.ownerId, actorId));
  return row?.nextStep ?? null;
}

/**
 * Young people only: remembers the step to carry on at (where they left off, even when they went back).
 * False when the actor is not a young person.
 */
export async function saveCvBuildStep({ actorId, nextStep }: { actorId: string; nextStep: number }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [actor] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!actor) return false;
    await tx
      .insert(cvBuildProgress)
      .values({ ownerId: actorId, nextStep })
      .onConflictDoUpdate({ target: cvBuildProgress.ownerId, set: { nextStep, updatedAt: new Date() } });
    return true;
  });
}
