import 'server-only';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Point } from '@/lib/geo/places';
import type { EmployerDetailsInput } from '@/lib/manage/employer-details';
import { changedFields } from '@/lib/manage/changes';
import { db } from '../client';
import { employers, users } from '../schema';
import { laOfAdmin } from './admin-area';
import { recordContentChange } from './content-changes';
import { ownEmployerIds } from './employer-vacancies';

// An employer's details (name, words about it, workplace postcode) are changed by its own staff at
// /employer/details or by a council admin of its area at /admin/employers/[id]. Each caller reaches only the
// employers it may: another's looks exactly like a missing one (null). Changes go live at once and are logged.

export type EmployerDetails = {
  id: string;
  laId: string;
  slug: string;
  name: string;
  summary: string;
  postcode: string;
  status: 'pending' | 'approved' | 'rejected' | 'suspended';
  lastCheckedAt: Date;
  /** Who last said the details are still correct (their name), when known. */
  lastCheckedBy: string | null;
};

const DETAILS = {
  id: employers.id,
  laId: employers.laId,
  slug: employers.slug,
  name: employers.name,
  summary: employers.summary,
  postcode: employers.postcode,
  status: employers.status,
  lastCheckedAt: employers.lastCheckedAt,
  lastCheckedBy: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${employers.lastCheckedById})`,
};

/** Which employer a caller may change: employer staff their own (the first by name), an admin one in their area. */
async function employerScope(actor: { actorId: string; employerId?: string }): Promise<SQL | null> {
  if (actor.employerId === undefined) return inArray(employers.id, ownEmployerIds(actor.actorId));
  const laId = await laOfAdmin(actor.actorId);
  return laId ? and(eq(employers.id, actor.employerId), eq(employers.laId, laId))! : null;
}

/** Employer staff (no employerId) or a council admin (employerId in their area): the employer's details, or null. */
export async function getEmployerDetails(actor: { actorId: string; employerId?: string }): Promise<EmployerDetails | null> {
  const scope = await employerScope(actor);
  if (!scope) return null;
  const [row] = await db.select(DETAILS).from(employers).where(scope).orderBy(asc(employers.name)).limit(1);
  return row ?? null;
}

/**
 * Employer staff (no employerId) or a council admin (employerId in their area): changes the employer's details,
 * live at once, with one line in the change log (who, which fields, from and to). `point` is where the new
 * postcode is. Null when the caller may not change this employer.
 */
export async function updateEmployerDetails(
  actor: { actorId: string; employerId?: string },
  { input, point, now }: { input: EmployerDetailsInput; point: Point; now: Date },
): Promise<{ id: string; name: string } | null> {
  const scope = await employerScope(actor);
  if (!scope) return null;
  return db.transaction(async (tx) => {
    const [before] = await tx.select(DETAILS).from(employers).where(scope).orderBy(asc(employers.name)).limit(1).for('update');
    if (!before) return null;
    // Saving the details is checking them, changed or not (as a vacancy's save is): the record is fresh again.
    const checked = { lastCheckedAt: now, lastCheckedById: actor.actorId };
    const changes = changedFields({ name: before.name, summary: before.summary, postcode: before.postcode }, input);
    if (Object.keys(changes).length === 0) {
      await tx.update(employers).set(checked).where(eq(employers.id, before.id));
      return { id: before.id, name: before.name };
    }
    await tx
      .update(employers)
      .set({ ...input, latitude: point.latitude, longitude: point.longitude, ...checked })
      .where(eq(employers.id, before.id));
    await recordContentChange(tx, { laId: before.laId, actorId: actor.actorId, entityType: 'employer', entityId: before.id, changes, entityName: input.name });
    return { id: before.id, name: input.name };
  });
}

/**
 * Employer staff only: "checked, still correct" for their own employer's details, in one click, logged. Null
 * when they have no employer.
 */
export async function markOwnEmployerChecked({ actorId, now }: { actorId: string; now: Date }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const [employer] = await tx
      .select({ id: employers.id, laId: employers.laId, name: employers.name })
      .from(employers)
      .where(inArray(employers.id, ownEmployerIds(actorId)))
      .orderBy(asc(employers.name))
      .limit(1);
    if (!employer) return null;
    await tx.update(employers).set({ lastCheckedAt: now, lastCheckedById: actorId }).where(eq(employers.id, employer.id));
    await recordContentChange(tx, {
      laId: employer.laId,
      actorId,
      entityType: 'employer',
      entityId: employer.id,
      changes: {},
      summary: 'Checked, still correct',
      entityName: employer.name,
    });
    return { id: employer.id };
  });
}
