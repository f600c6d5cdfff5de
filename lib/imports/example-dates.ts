/**
 * The template's example dates, worked out from today so the downloadable example row and the field guide
 * never show a date that has passed (a fixed "2027-03-31" would fail its own check after that day).
 * Dates are plain "YYYY-MM-DD" days, as the import reads them.
 */

const DAY_MS = 86_400_000;

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return toDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The first Monday of September of a year. */
function firstMondayOfSeptember(year: number): string {
  const first = new Date(Date.UTC(year, 8, 1));
  return toDay(new Date(first.getTime() + ((8 - first.getUTCDay()) % 7) * DAY_MS));
}

export type ExampleDates = { closingDate: string; startDate: string; applyBy: string };

/**
 * A closing date eight weeks away; the first September start at least four months away, with applications
 * closing two months before it.
 */
export function exampleDates(today: string): ExampleDates {
  const year = Number(today.slice(0, 4));
  const soonest = addDays(today, 120);
  const startDate = [year, year + 1].map(firstMondayOfSeptember).find((start) => start >= soonest) ?? firstMondayOfSeptember(year + 2);
  return { closingDate: addDays(today, 56), startDate, applyBy: addDays(startDate, -60) };
}

type Column = { readonly name: string; readonly isRequired: boolean; readonly example: string; readonly guide: string };

/** The columns with today's example dates put in place of the written ones, in the example and the guide. */
export function withExampleDates<C extends Column>(columns: readonly C[], dates: Partial<Record<C['name'], string>>): C[] {
  return columns.map((column) => {
    const example = dates[column.name as C['name']];
    return example ? { ...column, example, guide: column.guide.replaceAll(column.example, example) } : column;
  });
}
