import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { db } from '../client';
import { laOfAdmin } from './admin-area';
import { caseloads, users } from '../schema';
import { findRecentAdminChanges, recordContentChange } from './content-changes';

// The council decides which advisers may look up any young person in the area (with a written reason each
// time, issue 9). Only the area's own council admins see or change it; every change is in the change log.

export type AreaAdviser = { id: string; name: string | null; email: string | null; caseload: number; canSearchYoungPeople: boolean };


/** Council admins only: the advisers in their own area, with their caseload size and look-up permission. */
export async function findAreaAdvisers({ actorId }: { actorId: string }): Promise<AreaAdviser[] | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      caseload: count(caseloads.youngPersonId),
      canSearchYoungPeople: users.canSearchYoungPeople,
    })
    .from(users)
    .leftJoin(caseloads, eq(caseloads.adviserId, users.id))
    .where(and(eq(users.laId, laId), eq(users.role, 'adviser')))
    .groupBy(users.id)
    .orderBy(asc(users.name), asc(users.id));
}

/**
 * Council admins only: lets an adviser in their own area look up any young person, or stops it, with a line
 * in the change log. Null for an adviser they cannot see (the page shows not-found); the adviser's name.
 */
export async function setAdviserLookUp({
  actorId,
  adviserId,
  isAllowed,
}: {
  actorId: string;
  adviserId: string;
  isAllowed: boolean;
}): Promise<{ name: string | null } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: users.name, canSearchYoungPeople: users.canSearchYoungPeople })
      .from(users)
      .where(and(eq(users.id, adviserId), eq(users.laId, laId), eq(users.role, 'adviser')))
      .for('update');
    if (!before) return null;
    if (before.canSearchYoungPeople !== isAllowed) {
      await tx.update(users).set({ canSearchYoungPeople: isAllowed }).where(eq(users.id, adviserId));
      await recordContentChange(tx, {
        laId,
        actorId,
        entityType: 'staff',
        entityId: adviserId,
        changes: { canSearchYoungPeople: { from: before.canSearchYoungPeople, to: isAllowed } },
        summary: isAllowed ? `Allowed ${before.name ?? 'an adviser'} to look up any young person` : `Stopped ${before.name ?? 'an adviser'} looking up any young person`,
      });
    }
    return { name: before.name };
  });
}

export type PermissionChange = { summary: string; by: string | null; at: Date };

/** Council admins only: the latest look-up permission changes in their area, newest first. */
export async function findRecentPermissionChanges({ actorId }: { actorId: string }): Promise<PermissionChange[]> {
  return findRecentAdminChanges({ actorId, entityType: 'staff' });
}
