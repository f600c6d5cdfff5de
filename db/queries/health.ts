import 'server-only';
import { sql } from 'drizzle-orm';
import { currentDriver, db } from '../client';

export type DatabaseHealth = { ok: true; driver: string; latencyMs: number } | { ok: false; driver: string; error: string };

/** Anyone may call this: it reveals only whether the database answers, which driver, and how fast. */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const driver = currentDriver();
  const started = performance.now();
  try {
    await db.execute(sql`select 1`);
    return { ok: true, driver, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, driver, error: error instanceof Error ? error.name : 'unknown' };
  }
}
