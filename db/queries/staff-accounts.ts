import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { CENTRE_MESSAGE, lastAdminProblem, lastSignIn, STAFF_ROLES, type NewStaffAccountInput, type StaffRole, type StaffRoleInput } from '@/lib/manage/staff-accounts';
import type { Transaction } from '../client';
import { db } from '../client';
import { centres, employers, memberships, providers, sessions, users } from '../schema';
import { laOfAdmin } from './admin-area';
import { findRecentAdminChanges, recordContentChange } from './content-changes';

// The council's staff accounts in its own area (issue 10, decision 034). Only that area's council admins see
// or change them; another area's accounts look exactly like missing ones. Every change is in the change log.

export type StaffAccount = {
  id: string;
  name: string | null;
  role: StaffRole;
  email: string | null;
  phone: string | null;
  /** The provider or employer they work for, by name. */
  organisation: string | null;
  providerId: string | null;
  employerId: string | null;
  /** The centre an adviser works at (kiosk "ask someone here" alerts go to its advisers), by name. */
  centre: string | null;
  centreId: string | null;
  lastSignInAt: Date | null;
  isActive: boolean;
};

async function selectAccounts(laId: string, where: { role?: StaffRole; userId?: string }): Promise<StaffAccount[]> {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      email: users.email,
      phone: users.phone,
      emailVerified: users.emailVerified,
      phoneVerified: users.phoneVerified,
      deactivatedAt: users.deactivatedAt,
      providerId: providers.id,
      providerName: providers.name,
      employerId: employers.id,
      employerName: employers.name,
      centreId: centres.id,
      centreName: centres.name,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(providers, and(eq(providers.id, memberships.providerId), eq(providers.laId, laId)))
    .leftJoin(employers, and(eq(employers.id, memberships.employerId), eq(employers.laId, laId)))
    .leftJoin(centres, and(eq(centres.id, memberships.centreId), eq(centres.laId, laId)))
    .where(
      and(
        eq(users.laId, laId),
        where.role ? eq(users.role, where.role) : inArray(users.role, [...STAFF_ROLES]),
        where.userId ? eq(users.id, where.userId) : undefined,
      ),
    )
    .orderBy(asc(users.role), asc(users.name), asc(users.id));
  const accounts = new Map<string, StaffAccount>();
  for (const row of rows) {
    const existing = accounts.get(row.id);
    const organisation = row.providerName ?? row.employerName;
    if (existing) {
      // Someone who acts for two organisations: both names, the first one's id for the change form.
      if (organisation) existing.organisation = existing.organisation ? `${existing.organisation}, ${organisation}` : organisation;
      existing.providerId ??= row.providerId;
      existing.employerId ??= row.employerId;
      if (row.centreName) existing.centre = existing.centre ? `${existing.centre}, ${row.centreName}` : row.centreName;
      existing.centreId ??= row.centreId;
      continue;
    }
    accounts.set(row.id, {
      id: row.id,
      name: row.name,
      role: row.role as StaffRole,
      email: row.email,
      phone: row.phone,
      organisation,
      providerId: row.providerId,
      employerId: row.employerId,
      centre: row.centreName,
      centreId: row.centreId,
      lastSignInAt: lastSignIn(row.emailVerified, row.phoneVerified),
      isActive: row.deactivatedAt === null,
    });
  }
  return [...accounts.values()];
}

/** Council admins only: the staff accounts in their own area, optionally of one role. Null for anyone else. */
export async function findStaffAccounts({ actorId, role }: { actorId: string; role?: StaffRole }): Promise<StaffAccount[] | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return selectAccounts(laId, { role });
}

/** Council admins only: one staff account in their own area, or null (another area's looks like a missing one). */
export async function getStaffAccount({ actorId, userId }: { actorId: string; userId: string }): Promise<StaffAccount | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [account] = await selectAccounts(laId, { userId });
  return account ?? null;
}

export type OrganisationChoice = { id: string; name: string };

export type OrganisationChoices = { providers: OrganisationChoice[]; employers: OrganisationChoice[]; centres: OrganisationChoice[] };

/** Council admins only: the providers, employers and centres in their own area, to choose where a person works. */
export async function findOrganisationChoices({ actorId }: { actorId: string }): Promise<OrganisationChoices | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [providerRows, employerRows, centreRows] = await Promise.all([
    db.select({ id: providers.id, name: providers.name }).from(providers).where(eq(providers.laId, laId)).orderBy(asc(providers.name)),
    db.select({ id: employers.id, name: employers.name }).from(employers).where(eq(employers.laId, laId)).orderBy(asc(employers.name)),
    db.select({ id: centres.id, name: centres.name }).from(centres).where(eq(centres.laId, laId)).orderBy(asc(centres.name)),
  ]);
  return { providers: providerRows, employers: employerRows, centres: centreRows };
}

/** The centre named in a form, only if it is in this area: undefined for another area's (or a made-up) id. */
async function centreInArea(tx: Transaction, laId: string, centreId: string | null): Promise<string | null | undefined> {
  if (!centreId) return null;
  const [row] = await tx.select({ id: centres.id }).from(centres).where(and(eq(centres.id, centreId), eq(centres.laId, laId)));
  return row?.id;
}

/** The organisation named in a form, only if it is in this area: someone else's id is treated as not chosen. */
async function organisationInArea(tx: Transaction, laId: string, input: StaffRoleInput): Promise<{ providerId: string | null; employerId: string | null } | null> {
  if (input.providerId) {
    const [row] = await tx.select({ id: providers.id }).from(providers).where(and(eq(providers.id, input.providerId), eq(providers.laId, laId)));
    return row ? { providerId: row.id, employerId: null } : null;
  }
  if (input.employerId) {
    const [row] = await tx.select({ id: employers.id }).from(employers).where(and(eq(employers.id, input.employerId), eq(employers.laId, laId)));
    return row ? { providerId: null, employerId: row.id } : null;
  }
  return { providerId: null, employerId: null };
}

export type CreateStaffResult = { id: string } | 'email-taken' | 'phone-taken' | 'no-organisation' | 'no-centre';

/**
 * Council admins only: a new staff account in their own area, who can then sign in with a code sent to the
 * email address or mobile number given. Null for anyone else.
 */
export async function createStaffAccount({ actorId, input }: { actorId: string; input: NewStaffAccountInput }): Promise<CreateStaffResult | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    // Email and phone are unique across every area: a clash anywhere is a clash here.
    if (input.email) {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
      if (taken) return 'email-taken';
    }
    if (input.phone) {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.phone, input.phone));
      if (taken) return 'phone-taken';
    }
    const organisation = await organisationInArea(tx, laId, input);
    if (!organisation) return 'no-organisation';
    const centreId = await centreInArea(tx, laId, input.centreId);
    if (centreId === undefined) return 'no-centre';
    const [user] = await tx
      .insert(users)
      .values({ laId, role: input.role, name: input.name, email: input.email, phone: input.phone })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) return input.email ? 'email-taken' : 'phone-taken';
    if (organisation.providerId || organisation.employerId) await tx.insert(memberships).values({ userId: user.id, ...organisation });
    if (centreId) await tx.insert(memberships).values({ userId: user.id, centreId });
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'account',
      entityId: user.id,
      changes: {
        role: { from: null, to: input.role },
        providerId: { from: null, to: organisation.providerId },
        employerId: { from: null, to: organisation.employerId },
        centreId: { from: null, to: centreId },
      },
      summary: `Added an account for ${input.name}`,
    });
    return { id: user.id };
  });
}

/** Locks the area's active council admins (so two admins cannot turn each other off at once) and counts them. */
async function countActiveAdmins(tx: Transaction, laId: string): Promise<number> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.laId, laId), eq(users.role, 'la_admin'), isNull(users.deactivatedAt)))
    .for('update');
  return rows.length;
}

async function lockAccount(tx: Transaction, laId: string, userId: string) {
  const [row] = await tx
    .select({ name: users.name, role: users.role, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.laId, laId), inArray(users.role, [...STAFF_ROLES])))
    .for('update');
  return row ?? null;
}

export type AccountChangeResult = { name: string | null } | { problem: string };

/**
 * Council admins only: gives a staff account in their own area another role, or another provider or employer.
 * Refuses to move the area's last active council admin. Null for an account they cannot see.
 */
export async function changeStaffRole({ actorId, userId, input }: { actorId: string; userId: string; input: StaffRoleInput }): Promise<AccountChangeResult | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const activeAdminCount = await countActiveAdmins(tx, laId);
    const before = await lockAccount(tx, laId, userId);
    if (!before) return null;
    const problem = lastAdminProblem({ target: { role: before.role, isActive: before.deactivatedAt === null }, change: { kind: 'role', to: input.role }, activeAdminCount });
    if (problem) return { problem };
    const organisation = await organisationInArea(tx, laId, input);
    if (!organisation) return { problem: 'Choose a provider or employer in your area.' };
    const centreId = await centreInArea(tx, laId, input.centreId);
    if (centreId === undefined) return { problem: `${CENTRE_MESSAGE}.` };
    const [link] = await tx
      .select({ providerId: memberships.providerId, employerId: memberships.employerId })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), isNull(memberships.centreId)));
    const [centreLink] = await tx.select({ centreId: memberships.centreId }).from(memberships).where(and(eq(memberships.userId, userId), isNotNull(memberships.centreId)));
    // A new role starts without the adviser's look-up permission; the council grants it again if needed.
    await tx
      .update(users)
      .set(input.role === before.role ? { role: input.role } : { role: input.role, canSearchYoungPeople: false })
      .where(eq(users.id, userId));
    // Their provider, employer and centre links are all replaced by what the form says (only advisers have a centre).
    await tx.delete(memberships).where(eq(memberships.userId, userId));
    if (organisation.providerId || organisation.employerId) await tx.insert(memberships).values({ userId, ...organisation });
    if (centreId) await tx.insert(memberships).values({ userId, centreId });
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'account',
      entityId: userId,
      changes: {
        role: { from: before.role, to: input.role },
        providerId: { from: link?.providerId ?? null, to: organisation.providerId },
        employerId: { from: link?.employerId ?? null, to: organisation.employerId },
        centreId: { from: centreLink?.centreId ?? null, to: centreId },
      },
      summary: `Changed what ${before.name ?? 'someone'} does`,
    });
    return { name: before.name };
  });
}

/**
 * Council admins only: turns a staff account in their own area off (it cannot sign in, and every session it
 * has ends now) or back on. Refuses to turn off the area's last active council admin. Null for an account
 * they cannot see.
 */
export async function setStaffActive({ actorId, userId, isActive }: { actorId: string; userId: string; isActive: boolean }): Promise<AccountChangeResult | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const activeAdminCount = await countActiveAdmins(tx, laId);
    const before = await lockAccount(tx, laId, userId);
    if (!before) return null;
    const wasActive = before.deactivatedAt === null;
    if (wasActive === isActive) return { name: before.name };
    if (!isActive) {
      const problem = lastAdminProblem({ target: { role: before.role, isActive: wasActive }, change: { kind: 'deactivate' }, activeAdminCount });
      if (problem) return { problem };
    }
    await tx.update(users).set({ deactivatedAt: isActive ? null : new Date() }).where(eq(users.id, userId));
    // Sessions are rows (database sessions): deleting them signs the person out everywhere at once.
    if (!isActive) await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'account',
      entityId: userId,
      changes: { isActive: { from: wasActive, to: isActive } },
      summary: isActive ? `Turned ${before.name ?? 'someone'}’s account back on` : `Turned off ${before.name ?? 'someone'}’s account`,
    });
    return { name: before.name };
  });
}

export type AccountChange = { summary: string; by: string | null; at: Date };

/** Council admins only: the latest changes to staff accounts in their area, newest first. */
export async function findRecentAccountChanges({ actorId }: { actorId: string }): Promise<AccountChange[]> {
  return findRecentAdminChanges({ actorId, entityType: 'account' });
}
