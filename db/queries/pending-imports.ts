import 'server-only';
import { lte } from 'drizzle-orm';
import { db } from '../client';
import { pendingImports } from '../schema';

/**
 * Uploaded CSV files (courses or vacancies) waiting for a "save" that never came: deleted by the hourly job
 * once their hour is up. (A new upload also clears its uploader's own expired ones.) No actor: it is the job.
 */
export async function deleteExpiredPendingImports({ now }: { now: Date }): Promise<number> {
  const deleted = await db.delete(pendingImports).where(lte(pendingImports.expiresAt, now)).returning({ id: pendingImports.id });
  return deleted.length;
}
