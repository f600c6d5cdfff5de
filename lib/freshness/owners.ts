import type { FreshnessRules } from './rules';

/**
 * The council's freshness dashboard (issue 10): each provider's and employer's records, how many need
 * checking or are already hidden from young people, and whether they may be reminded again. Pure.
 */

export type OwnerKind = 'provider' | 'employer';

export type OwnerRecords = {
  kind: OwnerKind;
  id: string;
  name: string;
  /** The owner's records (the provider or employer itself, and its courses or live vacancies), counted by the database. */
  records: number;
  /** Not checked since the warning date: still shown, but they need checking. */
  needsChecking: number;
  /** Not checked since the hiding date: young people no longer see them. */
  hidden: number;
  oldestCheckedAt: Date | null;
  lastReminderAt: Date | null;
  /** People a reminder would reach (the owner's staff with an email address, or the provider's own address). */
  recipients: number;
};

/** The dates that split fresh from needing a check from hidden, for the database to count by. */
export function freshnessCutOffs(now: Date, rules: FreshnessRules): { warnBefore: Date; hideBefore: Date } {
  const day = 24 * 60 * 60 * 1000;
  return { warnBefore: new Date(now.getTime() - rules.warnAfterDays * day), hideBefore: new Date(now.getTime() - rules.hideAfterDays * day) };
}

export type OwnerFreshness = OwnerRecords & {
  /** Why no reminder can be sent now, or null if one can. */
  cannotRemind: 'nothing_to_check' | 'reminded_today' | 'no_one_to_remind' | null;
};

/** A reminder reaches the same owner at most once in this many hours. */
export const REMIND_AGAIN_AFTER_HOURS = 24;

export function canRemindAgain(lastReminderAt: Date | null, now: Date): boolean {
  return !lastReminderAt || now.getTime() - lastReminderAt.getTime() >= REMIND_AGAIN_AFTER_HOURS * 60 * 60 * 1000;
}

export function summariseOwner(owner: OwnerRecords, now: Date): OwnerFreshness {
  const cannotRemind =
    owner.needsChecking + owner.hidden === 0
      ? 'nothing_to_check'
      : !canRemindAgain(owner.lastReminderAt, now)
        ? 'reminded_today'
        : owner.recipients === 0
          ? 'no_one_to_remind'
          : null;
  return { ...owner, cannotRemind };
}

/** The weekly job reminds an owner by itself only if no one (job or admin) has reminded them for this long. */
export const AUTOMATIC_REMINDER_EVERY_DAYS = 7;

/** Working hours in London, Monday to Friday 09:00 to 17:00: the only time the weekly job emails staff. */
export function isWorkingHours(now: Date, timeZone = 'Europe/London'): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  const weekday = parts.find((part) => part.type === 'weekday')?.value;
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  return weekday !== 'Sat' && weekday !== 'Sun' && hour >= 9 && hour < 17;
}

/**
 * Whether the weekly job reminds this owner now: something to check, someone to tell, and no reminder from
 * anyone in the last week. (An admin's one click is held back only by the last day.)
 */
export function dueAutomaticReminder(owner: OwnerRecords, now: Date): boolean {
  const week = AUTOMATIC_REMINDER_EVERY_DAYS * 24 * 60 * 60 * 1000;
  return (
    owner.needsChecking + owner.hidden > 0 &&
    owner.recipients > 0 &&
    (!owner.lastReminderAt || now.getTime() - owner.lastReminderAt.getTime() >= week)
  );
}

/** Owners with the most out-of-date records first (hidden, then needing checks, then the oldest check), then by name. */
export function sortByMostOverdue(owners: OwnerFreshness[]): OwnerFreshness[] {
  return [...owners].sort(
    (a, b) =>
      b.hidden - a.hidden ||
      b.needsChecking - a.needsChecking ||
      (a.oldestCheckedAt?.getTime() ?? Infinity) - (b.oldestCheckedAt?.getTime() ?? Infinity) ||
      a.name.localeCompare(b.name),
  );
}
