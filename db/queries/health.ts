import 'server-only';
import { sql } from 'drizzle-orm';
import { currentDriver, db } from '../client';

export type DatabaseHealth = {
  ok: boolean;
  driver: string;
  latencyMs?: number;
  fullTextSearch?: boolean;
  trigramSearch?: boolean;
  error?: string;
};

/**
 * Anyone may call this: it reveals only whether the database answers, which driver, how fast, and whether
 * the search features the app relies on work there (English stemming and pg_trgm's typo tolerance).
 */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const driver = currentDriver();
  const started = performance.now();
  try {
    const result = (await db.execute(sql`
      select
        to_tsvector('english', 'Hair stylist apprenticeships') @@ plainto_tsquery('english', 'apprenticeship stylists') as fts,
        similarity('plumbng', 'plumbing') > 0.3 as trgm
    `)) as unknown as { rows: { fts: boolean; trgm: boolean }[] };
    const row = result.rows[0];
    const fullTextSearch = row?.fts === true;
    const trigramSearch = row?.trgm === true;
    return {
      ok: fullTextSearch && trigramSearch,
      driver,
      latencyMs: Math.round(performance.now() - started),
      fullTextSearch,
      trigramSearch,
    };
  } catch (error) {
    return { ok: false, driver, error: error instanceof Error ? error.name : 'unknown' };
  }
}
