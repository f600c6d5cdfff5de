import 'server-only';
import { sql } from 'drizzle-orm';
import type { RateLimitRule } from '@/lib/sign-in/rate-limits';
import { db } from '../client';

export type RateLimitResult = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

/**
 * Counts one use of `key` in a fixed window and says whether it is within the rule. One atomic upsert, so
 * several app servers share the count. Called by sign-in actions before any work is done.
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const window = `${rule.windowSeconds} seconds`;
  // Every driver here returns node-postgres-shaped results ({ rows }).
  const result = (await db.execute(sql`
    insert into rate_limits (key, window_started_at, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_started_at <= now() - ${window}::interval then 1 else rate_limits.count + 1 end,
      window_started_at = case when rate_limits.window_started_at <= now() - ${window}::interval then now() else rate_limits.window_started_at end
    returning count, window_started_at
  `)) as unknown as { rows: { count: number; window_started_at: string | Date }[] };
  const row = result.rows[0];
  if (!row || Number(row.count) <= rule.limit) return { isAllowed: true };
  const endsAt = new Date(row.window_started_at).getTime() + rule.windowSeconds * 1000;
  return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - Date.now()) / 1000)) };
}
