/**
 * Stale information was the top failure of past prospectuses. Every record shows when it was last checked.
 * After WARN days its owners and the council are warned; after HIDE days young people no longer see it.
 * Both are configuration (FRESHNESS_WARN_DAYS, FRESHNESS_HIDE_DAYS).
 */
export type FreshnessRules = { warnAfterDays: number; hideAfterDays: number };
export type Freshness = 'fresh' | 'needs-checking' | 'hidden';

export const DEFAULT_FRESHNESS_RULES: FreshnessRules = { warnAfterDays: 90, hideAfterDays: 180 };

const DAY_MS = 24 * 60 * 60 * 1000;

export function freshnessRulesFrom(env: Record<string, string | undefined> = process.env): FreshnessRules {
  const read = (value: string | undefined, fallback: number) => {
    const days = Number(value);
    return Number.isInteger(days) && days > 0 ? days : fallback;
  };
  const warnAfterDays = read(env.FRESHNESS_WARN_DAYS, DEFAULT_FRESHNESS_RULES.warnAfterDays);
  const hideAfterDays = Math.max(warnAfterDays, read(env.FRESHNESS_HIDE_DAYS, DEFAULT_FRESHNESS_RULES.hideAfterDays));
  return { warnAfterDays, hideAfterDays };
}

export function freshnessOf(lastCheckedAt: Date, now: Date, rules: FreshnessRules): Freshness {
  const age = now.getTime() - lastCheckedAt.getTime();
  if (age > rules.hideAfterDays * DAY_MS) return 'hidden';
  if (age > rules.warnAfterDays * DAY_MS) return 'needs-checking';
  return 'fresh';
}

/** The oldest lastCheckedAt a young person may still see. */
export function visibleSince(now: Date, rules: FreshnessRules): Date {
  return new Date(now.getTime() - rules.hideAfterDays * DAY_MS);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "Checked on 3 November 2026", or "Checked by Calder Valley College on 3 November 2026" when we know who. */
export function describeChecked(lastCheckedAt: Date, by?: string | null): string {
  return by ? `Checked by ${by} on ${dateFormat.format(lastCheckedAt)}` : `Checked on ${dateFormat.format(lastCheckedAt)}`;
}
