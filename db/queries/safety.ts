import 'server-only';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { PrivacyConfig } from '@/lib/privacy/access';
import { namedStaffForFlag } from '@/lib/privacy/safety';
import { db } from '../client';
import { safetyNamedStaff, users, youngPeople } from '../schema';
import { getStaffAccess, logRecordView } from './privacy';

// The safety flag (issue 9, lib/privacy/safety.ts): the young person's own adviser (caseload) turns it on and
// names the staff who still see their location and contact details. Every other view hides them.

export type SafetyStaff = { id: string; name: string | null; role: string };

export type SafetySettings = {
  youngPersonName: string | null;
  isOn: boolean;
  namedStaffIds: string[];
  /** Advisers and council admins in the area who could be named (not the adviser looking: always named). */
  otherStaff: SafetyStaff[];
};

type Scope = { actorId: string; youngPersonId: string; now: Date; config: PrivacyConfig };

/** The caseload adviser only: the flag and who is named on it. Null (not-found) for anyone else. */
export async function getSafetySettings(scope: Scope): Promise<SafetySettings | null> {
  return (await readSafetySettings(scope))?.settings ?? null;
}

/** The settings with the access that allowed them, so a change can log against the same access. */
async function readSafetySettings({ actorId, youngPersonId, now, config }: Scope) {
  const access = await getStaffAccess({ actorId, youngPersonId, reason: null, now, config });
  if (!access || access.decision.basis !== 'caseload') return null;
  const [[profile], named, otherStaff] = await Promise.all([
    db.select({ isOn: youngPeople.isLocationHidden }).from(youngPeople).where(eq(youngPeople.userId, youngPersonId)),
    db.select({ staffId: safetyNamedStaff.staffId }).from(safetyNamedStaff).where(eq(safetyNamedStaff.youngPersonId, youngPersonId)),
    db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(and(eq(users.laId, access.youngPerson.laId), inArray(users.role, ['adviser', 'la_admin']), ne(users.id, actorId)))
      .orderBy(asc(users.name), asc(users.id)),
  ]);
  const settings: SafetySettings = {
    youngPersonName: access.youngPerson.name,
    isOn: profile?.isOn ?? false,
    namedStaffIds: named.map((row) => row.staffId),
    otherStaff,
  };
  return { access, settings };
}

/**
 * The caseload adviser only: turns the flag on (naming staff, always themself) or off (the names go too).
 * Logged on the young person's record like any view of it. Null for anyone else.
 */
export async function setSafetyFlag({ actorId, youngPersonId, now, config, isOn, chosenStaffIds }: Scope & { isOn: boolean; chosenStaffIds: string[] }): Promise<
  { name: string | null } | null
> {
  const read = await readSafetySettings({ actorId, youngPersonId, now, config });
  if (!read) return null;
  const { access, settings } = read;
  const named = isOn ? namedStaffForFlag({ setById: actorId, chosen: chosenStaffIds, allowed: settings.otherStaff.map((staff) => staff.id) }) : [];
  await db.transaction(async (tx) => {
    await tx
      .insert(youngPeople)
      .values({ userId: youngPersonId, isLocationHidden: isOn })
      .onConflictDoUpdate({ target: youngPeople.userId, set: { isLocationHidden: isOn } });
    await tx.delete(safetyNamedStaff).where(eq(safetyNamedStaff.youngPersonId, youngPersonId));
    if (named.length > 0) {
      await tx.insert(safetyNamedStaff).values(named.map((staffId) => ({ youngPersonId, staffId, addedById: actorId })));
    }
  });
  await logRecordView({ actorId, access, what: isOn ? 'who can see your contact details (they limited it)' : 'who can see your contact details', reason: null });
  return { name: settings.youngPersonName };
}
