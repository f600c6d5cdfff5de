import 'server-only';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { describeChanges, type FieldChange } from '@/lib/manage/changes';
import type { Transaction } from '../client';
import { db } from '../client';
import { contentChanges, users } from '../schema';
import { ownProviderIds } from './provider-content';
import { laOfAdmin } from './admin-area';

export type ChangedEntity = 'provider' | 'course' | 'course_run' | 'open_day' | 'vacancy' | 'employer' | 'story' | 'photo' | 'staff' | 'prospectus_share' | 'category' | 'site' | 'area_settings' | 'account';

/**
 * Writes one line of the change log inside the caller's transaction: who changed which record, which fields
 * (from and to) and when. Called by every write to published content; not exported to pages.
 */
export async function recordContentChange(
  tx: Transaction,
  entry: {
    laId: string;
    actorId: string;
    entityType: ChangedEntity;
    entityId: string;
    changes: Record<string, FieldChange>;
    summary?: string;
    /** The provider whose record it is: its staff see the line on their change log. */
    providerId?: string;
    /** The record's name now ("Plumbing Level 1"), so the log reads in words even after it is removed. */
    entityName?: string;
  },
): Promise<void> {
  await tx.insert(contentChanges).values({
    laId: entry.laId,
    actorId: entry.actorId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    summary: entry.summary ?? describeChanges(entry.changes),
    changes: entry.changes,
    providerId: entry.providerId ?? null,
    entityName: entry.entityName ?? null,
  });
}

export type ContentChangeEntry = { summary: string; by: string | null; at: Date };

/**
 * The latest changes to one record, newest first. Only for callers that have already checked the actor may
 * see the record (the page's own scoped query returned it); the LA id keeps it inside the area.
 */
export async function findRecentChanges({
  laId,
  entityType,
  entityId,
}: {
  laId: string;
  entityType: ChangedEntity;
  entityId: string;
}): Promise<ContentChangeEntry[]> {
  return db
    .select({ summary: contentChanges.summary, by: users.name, at: contentChanges.createdAt })
    .from(contentChanges)
    .leftJoin(users, eq(users.id, contentChanges.actorId))
    .where(and(eq(contentChanges.laId, laId), eq(contentChanges.entityType, entityType), eq(contentChanges.entityId, entityId)))
    .orderBy(desc(contentChanges.createdAt))
    .limit(5);
}

/** The latest changes of one kind in the admin's own area (its LA id), newest first: "who shared what, when". */
export async function findRecentChangesOfType({
  laId,
  entityType,
  limit = 10,
}: {
  laId: string;
  entityType: ChangedEntity;
  limit?: number;
}): Promise<ContentChangeEntry[]> {
  return db
    .select({ summary: contentChanges.summary, by: users.name, at: contentChanges.createdAt })
    .from(contentChanges)
    .leftJoin(users, eq(users.id, contentChanges.actorId))
    .where(and(eq(contentChanges.laId, laId), eq(contentChanges.entityType, entityType)))
    .orderBy(desc(contentChanges.createdAt))
    .limit(limit);
}

/** Council admins only: the latest changes of one kind in their own area, newest first; [] for anyone else. */
export async function findRecentAdminChanges({ actorId, entityType }: { actorId: string; entityType: ChangedEntity }): Promise<ContentChangeEntry[]> {
  const laId = await laOfAdmin(actorId);
  return laId ? findRecentChangesOfType({ laId, entityType }) : [];
}

export type ProviderChangeLogEntry = {
  id: string;
  by: string | null;
  entityType: string;
  entityName: string | null;
  summary: string;
  changes: Record<string, unknown> | null;
  at: Date;
};

export const CHANGE_LOG_PAGE_SIZE = 25;

/**
 * Provider staff: who changed what on their own provider's records, newest first, one page at a time
 * (page 1 is the newest). Null when they work for no provider.
 */
export async function findOwnProviderChangeLog({ actorId, page }: { actorId: string; page: number }): Promise<{ entries: ProviderChangeLogEntry[]; total: number } | null> {
  const [own] = await ownProviderIds(actorId).limit(1);
  if (!own?.id) return null;
  const scope = inArray(contentChanges.providerId, ownProviderIds(actorId));
  const [entries, [totals]] = await Promise.all([
    db
      .select({
        id: contentChanges.id,
        by: users.name,
        entityType: contentChanges.entityType,
        entityName: contentChanges.entityName,
        summary: contentChanges.summary,
        changes: contentChanges.changes,
        at: contentChanges.createdAt,
      })
      .from(contentChanges)
      .leftJoin(users, eq(users.id, contentChanges.actorId))
      .where(scope)
      .orderBy(desc(contentChanges.createdAt), desc(contentChanges.id))
      .limit(CHANGE_LOG_PAGE_SIZE)
      .offset((page - 1) * CHANGE_LOG_PAGE_SIZE),
    db.select({ total: count() }).from(contentChanges).where(scope),
  ]);
  return { entries, total: totals?.total ?? 0 };
}
