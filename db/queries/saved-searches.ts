import 'server-only';
import { and, desc, eq, ne, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PrivacyConfig } from '@/lib/privacy/access';
import { db } from '../client';
import { alertClaims, notificationPreferences, savedSearches, users } from '../schema';
import { getStaffAccess, logRecordView } from './privacy';

// Saved vacancy searches. A young person saves their own; an adviser may save one for a young person on their
// caseload (created_by_id is then the adviser). The alerts job reads them as the system.

const MAX_SAVED_SEARCHES = 20;
const creators = alias(users, 'creators');

export type OwnSavedSearch = {
  id: string;
  name: string;
  query: string;
  /** The adviser's name when an adviser saved it for them. */
  fromAdviser: string | null;
  isFromAdviser: boolean;
  createdAt: Date;
};

/**
 * Young people only: saves a vacancy search for themselves. Saving the same search again is a no-op. False
 * when the actor is not a young person or already has the most searches allowed.
 */
export async function createOwnSavedSearch({ actorId, name, query }: { actorId: string; name: string; query: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [me] = await tx
      .select({ id: users.id, saved: sql<number>`(select count(*)::int from ${savedSearches} where ${savedSearches.userId} = ${users.id})` })
      .from(users)
      .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!me) return false;
    const [same] = await tx
      .select({ id: savedSearches.id })
      .from(savedSearches)
      .where(and(eq(savedSearches.userId, actorId), eq(savedSearches.scope, 'vacancies'), eq(savedSearches.query, query)));
    if (same) return true;
    if (Number(me.saved) >= MAX_SAVED_SEARCHES) return false;
    await tx.insert(savedSearches).values({ userId: actorId, name, scope: 'vacancies', query, alertChannel: 'sms' });
    return true;
  });
}

/** Young people only: their own saved vacancy searches, newest first, with who saved each. */
export async function findOwnSavedSearches({ actorId }: { actorId: string }): Promise<OwnSavedSearch[]> {
  const rows = await db
    .select({
      id: savedSearches.id,
      name: savedSearches.name,
      query: savedSearches.query,
      createdById: savedSearches.createdById,
      creatorName: creators.name,
      createdAt: savedSearches.createdAt,
    })
    .from(savedSearches)
    .leftJoin(creators, eq(creators.id, savedSearches.createdById))
    .where(and(eq(savedSearches.userId, actorId), eq(savedSearches.scope, 'vacancies')))
    .orderBy(desc(savedSearches.createdAt));
  return rows.map(({ createdById, creatorName, ...row }) => {
    const isFromAdviser = createdById !== null && createdById !== actorId;
    return { ...row, isFromAdviser, fromAdviser: isFromAdviser ? (creatorName ?? 'Your adviser') : null };
  });
}

/** Young people only: deletes one of their own saved searches (an adviser's too: it is their list). */
export async function deleteOwnSavedSearch({ actorId, id }: { actorId: string; id: string }): Promise<boolean> {
  const rows = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, actorId)))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}

/**
 * Advisers only: saves a vacancy search for a young person on their own caseload, logged on the young
 * person's record like any other view of it. Null (the page shows not-found) for anyone the access rule does
 * not let them see as their adviser.
 */
export async function createSavedSearchForYoungPerson({
  actorId,
  youngPersonId,
  name,
  query,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  name: string;
  query: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<{ name: string | null } | null> {
  const access = await getStaffAccess({ actorId, youngPersonId, reason: null, now, config });
  if (!access || access.decision.basis !== 'caseload') return null;
  const [existing] = await db
    .select({ id: savedSearches.id })
    .from(savedSearches)
    .where(and(eq(savedSearches.userId, youngPersonId), eq(savedSearches.scope, 'vacancies'), eq(savedSearches.query, query)));
  if (!existing) {
    await db.insert(savedSearches).values({ userId: youngPersonId, createdById: actorId, name, scope: 'vacancies', query, alertChannel: 'sms' });
  }
  await logRecordView({ actorId, access, what: 'your saved searches (they saved one for you)', reason: null });
  return { name: access.youngPerson.name };
}

export type DueAlert = {
  userId: string;
  laId: string;
  searches: { id: string; query: string; since: Date }[];
};

/**
 * System use (the alerts job): young people with vacancy searches that send alerts, who have not turned job
 * alerts off and have not already been taken on by a run for this local day.
 */
export async function findDueAlerts({ day }: { day: string }): Promise<DueAlert[]> {
  const rows = await db
    .select({
      userId: savedSearches.userId,
      laId: users.laId,
      id: savedSearches.id,
      query: savedSearches.query,
      since: sql<Date>`coalesce(${savedSearches.lastAlertedAt}, ${savedSearches.createdAt})`.mapWith(savedSearches.createdAt),
    })
    .from(savedSearches)
    .innerJoin(users, and(eq(users.id, savedSearches.userId), eq(users.role, 'young_person')))
    .leftJoin(
      notificationPreferences,
      and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.messageType, 'job_alerts')),
    )
    .where(
      and(
        eq(savedSearches.scope, 'vacancies'),
        ne(savedSearches.alertChannel, 'none'),
        or(sql`${notificationPreferences.channel} is null`, ne(notificationPreferences.channel, 'none')),
        notExists(
          db
            .select({ one: sql`1` })
            .from(alertClaims)
            .where(and(eq(alertClaims.userId, savedSearches.userId), eq(alertClaims.day, day))),
        ),
      ),
    )
    .orderBy(savedSearches.userId);
  const people = new Map<string, DueAlert>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? { userId: row.userId, laId: row.laId, searches: [] };
    person.searches.push({ id: row.id, query: row.query, since: row.since });
    people.set(row.userId, person);
  }
  return [...people.values()];
}

/** System use (the alerts job): the searches have been checked up to `at`; later runs look only after it. */
export async function markSearchesAlerted({ userId, at }: { userId: string; at: Date }): Promise<void> {
  await db
    .update(savedSearches)
    .set({ lastAlertedAt: at })
    .where(and(eq(savedSearches.userId, userId), eq(savedSearches.scope, 'vacancies'), ne(savedSearches.alertChannel, 'none')));
}
