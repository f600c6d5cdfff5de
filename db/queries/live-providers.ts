import 'server-only';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { courses, providers } from '../schema';

// The one place that says a provider the council has paused is hidden from young people (decision 039):
// its page, its courses (and so their runs and open days), its vacancies and anything that starts from them.

/** For queries that join `providers`: the provider is not paused. */
export function providerIsLive(): SQL {
  return isNull(providers.pausedAt);
}

/**
 * For queries that do not join `providers`: the provider in `providerColumn` (a course's or a vacancy's) is
 * not paused. A null column (a vacancy from an employer) passes.
 */
export function ownerProviderIsLive(providerColumn: AnyPgColumn): SQL {
  return sql`not exists (select 1 from ${providers} as paused_provider where paused_provider.id = ${providerColumn} and paused_provider.paused_at is not null)`;
}

/**
 * A course young people can act on (save, apply to, ask about, put on a shortlist): published, and its provider
 * not paused. Search and course pages add freshness on top (`visibleCourse` in courses.ts).
 */
export function courseIsListed(): SQL {
  return and(eq(courses.status, 'published'), ownerProviderIsLive(courses.providerId))!;
}
