// Dates in the demo are relative to "today", so the demo never goes stale. All arithmetic is in UTC.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC at the start of the given day. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** 'YYYY-MM-DD', the form PostgreSQL date columns take. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The start of term in the given month (0 = January): its first Monday, or a later Monday in that month when the
 * first is less than `minDaysAhead` days away. "Next September" in November means September next year.
 */
export function nextTermStart(today: Date, month: number, minDaysAhead = 14): Date {
  const earliest = addDays(startOfDay(today), minDaysAhead);
  for (let year = earliest.getUTCFullYear(); ; year++) {
    const first = new Date(Date.UTC(year, month, 1));
    const firstMonday = nextMonday(first);
    const start = firstMonday >= earliest ? firstMonday : nextMonday(earliest);
    if (start.getUTCMonth() === month && start.getUTCFullYear() === year) return start;
  }
}

/** The next Monday on or after the given day. */
export function nextMonday(date: Date): Date {
  const day = startOfDay(date);
  return addDays(day, (8 - day.getUTCDay()) % 7);
}

/**
 * A date of birth that makes someone `age` today, with their birthday `daysSinceBirthday` days ago
 * (so they stay that age for a good while after the demo is seeded).
 */
export function dateOfBirthForAge(today: Date, age: number, daysSinceBirthday = 60): string {
  const birthday = addDays(startOfDay(today), -daysSinceBirthday);
  const year = birthday.getUTCFullYear() - age;
  const month = birthday.getUTCMonth();
  // 29 February does not exist in most years: fall back to 28 February.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(year, month, Math.min(birthday.getUTCDate(), lastDay))));
}

/** Whole years between a 'YYYY-MM-DD' date of birth and today. */
export function ageOn(today: Date, dateOfBirth: string): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - year;
  if (today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day)) age -= 1;
  return age;
}
