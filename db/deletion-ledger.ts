import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

// The deletion ledger across a restore (docs/decisions/021-security-gaps.md). A backup taken before someone
// deleted their account still holds them. `npm run db:restore` therefore reads the ledger (deletion_ledger:
// old user id + when) from the live database BEFORE restoring, and afterwards deletes every listed account
// that the backup brought back, with the same code as "Delete my account" (db/queries/your-data.ts).

export type LedgerEntry = { userId: string; deletedAt: Date };

type Queryable = { query<T>(sql: string): Promise<{ rows: T[] }> };

async function readFrom(client: Queryable): Promise<LedgerEntry[]> {
  const { rows: found } = await client.query<{ name: string | null }>(`select to_regclass('public.deletion_ledger')::text as name`);
  if (!found[0]?.name) return [];
  const { rows } = await client.query<{ user_id: string; deleted_at: string | Date }>(
    'select user_id, deleted_at from deletion_ledger order by deleted_at',
  );
  return rows.map((row) => ({ userId: row.user_id, deletedAt: new Date(row.deleted_at) }));
}

/** Whether a ledger source names a PostgreSQL server rather than a PGlite folder. */
export function isPostgresUrl(source: string): boolean {
  return /^postgres(ql)?:\/\//.test(source);
}

/**
 * The ledger of a live database: a postgres:// URL or a PGlite folder. A database without the table (older than
 * the ledger, or empty) has an empty ledger; a PGlite folder that does not exist is an error (a typo would
 * otherwise silently skip the ledger).
 */
export async function readLedger(source: string): Promise<LedgerEntry[]> {
  if (isPostgresUrl(source)) {
    const client = new Client({ connectionString: source });
    await client.connect();
    try {
      return await readFrom(client);
    } finally {
      await client.end();
    }
  }
  const directory = path.resolve(source);
  if (!existsSync(path.join(directory, 'PG_VERSION'))) throw new Error(`There is no PGlite database at ${directory} to read the deletion ledger from.`);
  const client = await PGlite.create(directory, { extensions: { pg_trgm } });
  try {
    return await readFrom(client);
  } finally {
    await client.close();
  }
}

/**
 * Runs in the restored database (the configured DATABASE_URL or PGLITE_DIR): brings it up to the current
 * migrations, copies the ledger in, and deletes again every account on it that the backup brought back.
 * Returns how many accounts were deleted again.
 */
export async function reapplyLedger(entries: LedgerEntry[]): Promise<number> {
  // Imported here, not at the top: these open the configured database, which only exists after the restore.
  const { db, closeDatabase, runMigrations } = await import('./client');
  const { deletionLedger, users } = await import('./schema');
  const { deleteYourAccount } = await import('./queries/your-data');
  const { mediaStorage } = await import('../lib/media/storage');
  const { inArray } = await import('drizzle-orm');
  try {
    // A backup older than the ledger has no table for it yet.
    await runMigrations(db);
    if (entries.length === 0) return 0;
    await db.insert(deletionLedger).values(entries).onConflictDoNothing();
    const back = await db
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.id, entries.map((entry) => entry.userId)));
    const whenDeleted = new Map(entries.map((entry) => [entry.userId, entry.deletedAt]));
    let deleted = 0;
    for (const { id } of back) {
      const result = await deleteYourAccount({ actorId: id, now: whenDeleted.get(id) ?? new Date() });
      if (!result) continue;
      deleted += 1;
      // Their files were deleted the first time; a file put back by hand goes again. Missing files are fine.
      await Promise.allSettled(result.storageKeys.map((key) => mediaStorage().delete(key)));
    }
    return deleted;
  } finally {
    await closeDatabase(db);
  }
}
