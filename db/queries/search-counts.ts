import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db, type Transaction } from '../client';
import { searchCounts } from '../schema';

// Counts for the search pages' picture cards, kept in the database (not in a server's memory, so several
// servers share them). Counting every visible vacancy scans the whole table (0.6–1 s at 100,000), so a
// visit reads the stored counts and a stale set is counted again after the response is sent.

/** How long a set of counts is shown before it is counted again. The cards say "about" nothing: a few minutes is fine. */
export const COUNTS_MAX_AGE_MS = 5 * 60_000;

/** Runs work after the response has been sent: Next's `after()` in a page; the benchmark passes its own. */
export type RunLater = (task: () => Promise<void>) => void;

/**
 * Public: the counts named `key` for one area. Fresh stored counts are returned as they are; stale ones are
 * returned too and counted again later (one server claims the recount); missing ones are counted now.
 */
export async function readStoredCounts<T>({
  laId,
  key,
  now,
  countNow,
  runLater,
}: {
  laId: string;
  key: string;
  now: Date;
  countNow: () => Promise<T>;
  runLater: RunLater;
}): Promise<T> {
  const [stored] = await db
    .select({ counts: searchCounts.counts, computedAt: searchCounts.computedAt })
    .from(searchCounts)
    .where(and(eq(searchCounts.laId, laId), eq(searchCounts.key, key)));
  const store = async (counts: T) => {
    await db
      .insert(searchCounts)
      .values({ laId, key, counts, computedAt: new Date() })
      .onConflictDoUpdate({ target: [searchCounts.laId, searchCounts.key], set: { counts, computedAt: new Date() } });
  };
  if (!stored) {
    const counts = await countNow();
    await store(counts);
    return counts;
  }
  if (now.getTime() - stored.computedAt.getTime() > COUNTS_MAX_AGE_MS) {
    runLater(async () => {
      // Claim the recount: only the server whose update still sees the old time counts again.
      const claimed = await db
        .update(searchCounts)
        .set({ computedAt: new Date() })
        .where(and(eq(searchCounts.laId, laId), eq(searchCounts.key, key), eq(searchCounts.computedAt, stored.computedAt)))
        .returning({ key: searchCounts.key });
      if (claimed.length > 0) await store(await countNow());
    });
  }
  return stored.counts as T;
}

/**
 * Forgets an area's stored counts, inside the caller's transaction, when a council change hides or shows many
 * records at once (pausing a provider, suspending an employer): the next visit counts them again rather than
 * showing the old numbers for up to COUNTS_MAX_AGE_MS.
 */
export async function forgetStoredCounts(tx: Transaction, laId: string): Promise<void> {
  await tx.delete(searchCounts).where(eq(searchCounts.laId, laId));
}
