import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { describeChanges, type FieldChange } from '@/lib/manage/changes';
import type { Transaction } from '../client';
import { db } from '../client';
import { contentChanges, users } from '../schema';

export type ChangedEntity = 'provider' | 'course' | 'course_run' | 'open_day' | 'vacancy' | 'employer' | 'story' | 'photo' | 'staff' | 'account';

/**
 * Writes one line of the change log inside the caller's transaction: who changed which record, which fields
 * (from and to) and when. Called by every write to published content; not exported to pages.
 */
export async function recordContentChange(
  tx: Transaction,
  entry: { laId: string; actorId: string; entityType: ChangedEntity; entityId: string; changes: Record<string, FieldChange>; summary?: string },
): Promise<void> {
  await tx.insert(contentChanges).values({
    laId: entry.laId,
    actorId: entry.actorId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    summary: entry.summary ?? describeChanges(entry.changes),
    changes: entry.changes,
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
