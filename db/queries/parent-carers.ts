import 'server-only';
import { and, asc, eq, gt, isNull, ne, or } from 'drizzle-orm';
import { isGrantActive, needsParentAgreement, type PrivacyConfig, RECORD_PARTS, type RecordPart } from '@/lib/privacy/access';
import { isUuid } from '@/lib/media/keys';
import { db } from '../client';
import { consentGrants, parentCarers, users, youngPeople } from '../schema';
import { deleteParentCarersNobodyNames } from './your-data';

// A young person's parent or carer (decision 030): named by the young person, sees only what the young person lets
// them (consent_grants with them as grantee, read through lib/privacy/access.ts like any other viewer), and agrees
// to the young person's grants to others while the young person is under the consent age.

export type MyParentCarer = { id: string; name: string | null; parts: RecordPart[] };

/** Young people only: the parent or carer they named, with what they let them see. Null when none. */
export async function getMyParentCarer({ actorId, now }: { actorId: string; now: Date }): Promise<MyParentCarer | null> {
  const [parent] = await db
    .select({ id: users.id, name: users.name })
    .from(parentCarers)
    .innerJoin(users, eq(users.id, parentCarers.parentCarerId))
    .where(eq(parentCarers.youngPersonId, actorId))
    .limit(1);
  if (!parent) return null;
  const grants = await db
    .select({ scope: consentGrants.scope, expiresAt: consentGrants.expiresAt, revokedAt: consentGrants.revokedAt })
    .from(consentGrants)
    .where(and(eq(consentGrants.youngPersonId, actorId), eq(consentGrants.granteeId, parent.id), isNull(consentGrants.revokedAt)));
  const scopes = new Set(grants.filter((grant) => isGrantActive(grant, now)).map((grant) => grant.scope));
  const parts = scopes.has('everything') ? [...RECORD_PARTS] : RECORD_PARTS.filter((part) => scopes.has(part));
  return { ...parent, parts };
}

export type NameParentResult = 'done' | 'already-named' | 'number-not-usable' | 'not-found';

/**
 * Young people only: names one parent or carer (name and mobile) and lets them see the chosen parts. Their number
 * becomes a parent-or-carer account that signs in with a texted code; a number already used by anyone else (a
 * young person, staff) cannot be used. A parent or carer already named by a brother or sister is the same account.
 */
export async function nameParentCarer({
  actorId,
  name,
  phone,
  parts,
  now,
}: {
  actorId: string;
  name: string;
  phone: string;
  parts: RecordPart[];
  now: Date;
}): Promise<NameParentResult> {
  return db.transaction(async (tx) => {
    const [me] = await tx
      .select({ laId: users.laId, phone: users.phone })
      .from(users)
      .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!me) return 'not-found';
    const [already] = await tx.select({ id: parentCarers.parentCarerId }).from(parentCarers).where(eq(parentCarers.youngPersonId, actorId)).limit(1);
    if (already) return 'already-named';
    const [existing] = await tx.select({ id: users.id, role: users.role, laId: users.laId }).from(users).where(eq(users.phone, phone));
    let parentId: string;
    if (existing) {
      if (existing.role !== 'parent_carer' || existing.laId !== me.laId) return 'number-not-usable';
      parentId = existing.id;
    } else {
      const [created] = await tx.insert(users).values({ laId: me.laId, role: 'parent_carer', name, phone }).returning({ id: users.id });
      if (!created) return 'not-found';
      parentId = created.id;
    }
    await tx.insert(parentCarers).values({ youngPersonId: actorId, parentCarerId: parentId, createdAt: now });
    if (parts.length > 0) {
      await tx.insert(consentGrants).values(parts.map((scope) => ({ youngPersonId: actorId, granteeId: parentId, scope, grantedAt: now })));
    }
    return 'done';
  });
}

/**
 * Young people only: stops their parent or carer seeing anything, from this moment. Every grant to them is
 * withdrawn and they are no longer named (so they cannot agree to anything either). Their account stays while a
 * brother or sister names them, or while this young person's list of who looked at their record shows them
 * (it then shows nothing of this young person); otherwise it is deleted.
 */
export async function removeParentCarer({ actorId, parentCarerId, now }: { actorId: string; parentCarerId: string; now: Date }): Promise<void> {
  if (!isUuid(parentCarerId)) return;
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(parentCarers)
      .where(and(eq(parentCarers.youngPersonId, actorId), eq(parentCarers.parentCarerId, parentCarerId)))
      .returning({ id: parentCarers.parentCarerId });
    if (removed.length === 0) return;
    await tx
      .update(consentGrants)
      .set({ revokedAt: now })
      .where(and(eq(consentGrants.youngPersonId, actorId), eq(consentGrants.granteeId, parentCarerId), isNull(consentGrants.revokedAt)));
    // Named by nobody now, and never looked at anything: their account has no purpose left.
    await deleteParentCarersNobodyNames(tx, { ids: [parentCarerId], now });
  });
}

export type FamilyMember = { id: string; name: string | null };

/** Parents and carers only: the young people who named them (and have not withdrawn it). */
export async function findMyYoungPeople({ actorId }: { actorId: string }): Promise<FamilyMember[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(parentCarers)
    .innerJoin(users, and(eq(users.id, parentCarers.youngPersonId), eq(users.role, 'young_person')))
    .where(eq(parentCarers.parentCarerId, actorId))
    .orderBy(asc(users.name));
}

export type WaitingGrant = { id: string; granteeName: string | null; granteeRole: string; part: RecordPart | 'everything' };

/**
 * Parents and carers only: what a young person who named them let someone else see, that counts only once they
 * agree (the young person is under the consent age). Empty for anyone else.
 */
export async function findGrantsWaitingForMe({
  actorId,
  youngPersonId,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<WaitingGrant[]> {
  if (!isUuid(youngPersonId)) return [];
  const [subject] = await db
    .select({ dateOfBirth: youngPeople.dateOfBirth })
    .from(parentCarers)
    .leftJoin(youngPeople, eq(youngPeople.userId, parentCarers.youngPersonId))
    .where(and(eq(parentCarers.parentCarerId, actorId), eq(parentCarers.youngPersonId, youngPersonId)));
  if (!subject) return [];
  const rows = await db
    .select({ id: consentGrants.id, granteeName: users.name, granteeRole: users.role, part: consentGrants.scope })
    .from(consentGrants)
    .innerJoin(users, eq(users.id, consentGrants.granteeId))
    .where(
      and(
        eq(consentGrants.youngPersonId, youngPersonId),
        ne(users.role, 'parent_carer'),
        isNull(consentGrants.revokedAt),
        isNull(consentGrants.parentAgreedAt),
        or(isNull(consentGrants.expiresAt), gt(consentGrants.expiresAt, now)),
      ),
    )
    .orderBy(asc(consentGrants.grantedAt));
  return rows.filter((row) => needsParentAgreement(subject.dateOfBirth, now, row.granteeRole, config));
}

/** Parents and carers only: agrees to one grant waiting for them. False when it is not theirs to agree to. */
export async function agreeToGrant({
  actorId,
  grantId,
  now,
  config,
}: {
  actorId: string;
  grantId: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<boolean> {
  if (!isUuid(grantId)) return false;
  const [grant] = await db
    .select({ youngPersonId: consentGrants.youngPersonId })
    .from(consentGrants)
    .innerJoin(parentCarers, and(eq(parentCarers.youngPersonId, consentGrants.youngPersonId), eq(parentCarers.parentCarerId, actorId)))
    .where(eq(consentGrants.id, grantId));
  if (!grant) return false;
  const waiting = await findGrantsWaitingForMe({ actorId, youngPersonId: grant.youngPersonId, now, config });
  if (!waiting.some((row) => row.id === grantId)) return false;
  const agreed = await db
    .update(consentGrants)
    .set({ parentAgreedAt: now, parentAgreedById: actorId })
    .where(and(eq(consentGrants.id, grantId), isNull(consentGrants.parentAgreedAt), isNull(consentGrants.revokedAt)))
    .returning({ id: consentGrants.id });
  return agreed.length > 0;
}

