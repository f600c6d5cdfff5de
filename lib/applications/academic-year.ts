// England's school years and the September Guarantee. A school year runs from 1 September to 31 August; a
// child's year group is fixed by their age on 31 August before it starts (Year 11 are 15 on that day). The
// September Guarantee promises every young person finishing Year 11 (and Year 12, after a one-year course)
// an offer of a suitable place for the September after. Councils set their own target dates for offers.

/** 'YYYY-MM-DD' dates only: no time zones, so the same answer on every server. */
type IsoDate = string;

function parts(date: IsoDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** The calendar year the current school year started in (2026 for any day from 1 Sept 2026 to 31 Aug 2027). */
export function academicYearStart(today: IsoDate): number {
  const [year, month] = parts(today);
  return month >= 9 ? year : year - 1;
}

/** "2026 to 2027". */
export function describeAcademicYear(today: IsoDate): string {
  const start = academicYearStart(today);
  return `${start} to ${start + 1}`;
}

/** Whole years old on a day. */
export function ageOnDate(dateOfBirth: IsoDate, on: IsoDate): number {
  const [birthYear, birthMonth, birthDay] = parts(dateOfBirth);
  const [year, month, day] = parts(on);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/**
 * The school year group (Reception is 0, Year 11 is 11) someone born on this day is in today, whether or not
 * they are still at school: Year 14 means two years past Year 12.
 */
export function yearGroup(dateOfBirth: IsoDate, today: IsoDate): number {
  const start = academicYearStart(today);
  return ageOnDate(dateOfBirth, `${start}-08-31`) - 4;
}

/** The year groups the September Guarantee covers. */
export const SEPTEMBER_GUARANTEE_YEARS = [11, 12] as const;

export function isSeptemberGuaranteeYear(group: number): boolean {
  return (SEPTEMBER_GUARANTEE_YEARS as readonly number[]).includes(group);
}

/** The council's dates for the September Guarantee, as month-day ("03-31"), in the spring of the school year. */
export type SeptemberKeyDates = { applyBy: string; offerBy: string };

export const DEFAULT_KEY_DATES: SeptemberKeyDates = { applyBy: '02-28', offerBy: '06-30' };

/** Key dates from the environment (SEPTEMBER_APPLY_BY, SEPTEMBER_OFFER_BY as MM-DD), else the defaults. */
export function keyDatesFrom(env: Record<string, string | undefined> = process.env): SeptemberKeyDates {
  const valid = (value: string | undefined) => (value && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) ? value : undefined);
  return {
    applyBy: valid(env.SEPTEMBER_APPLY_BY) ?? DEFAULT_KEY_DATES.applyBy,
    offerBy: valid(env.SEPTEMBER_OFFER_BY) ?? DEFAULT_KEY_DATES.offerBy,
  };
}

/** The full dates this school year: the key dates fall in the spring/summer, the calendar year after it started. */
export function keyDatesThisYear(today: IsoDate, keyDates: SeptemberKeyDates): { applyBy: IsoDate; offerBy: IsoDate; september: IsoDate } {
  const spring = academicYearStart(today) + 1;
  return { applyBy: `${spring}-${keyDates.applyBy}`, offerBy: `${spring}-${keyDates.offerBy}`, september: `${spring}-09-01` };
}

export type SeptemberStanding = 'has_offer' | 'applied_no_offer' | 'not_applied';

/** Where a young person stands: holding an offer, applied but no offer yet, or not applied. */
export function septemberStanding({ hasOffer, hasApplied }: { hasOffer: boolean; hasApplied: boolean }): SeptemberStanding {
  if (hasOffer) return 'has_offer';
  return hasApplied ? 'applied_no_offer' : 'not_applied';
}

/** Whether a key date has passed (on the day itself it has not). */
export function isPast(date: IsoDate, today: IsoDate): boolean {
  return today > date;
}

export type SeptemberRow = { name: string | null; yearGroup: number; applications: number; hasOffer: boolean };

/** Who a September list shows: everyone in Years 11 and 12, or only those with no application, or no offer. */
export type SeptemberFilter = 'all' | 'no-application' | 'no-offer';

export function toSeptemberFilter(value: unknown): SeptemberFilter {
  return value === 'no-application' || value === 'no-offer' ? value : 'all';
}

/** One young person's facts, as the query reads them. */
export type SeptemberPerson = { id: string; name: string | null; dateOfBirth: string | null; applications: number; hasOffer: boolean };

/**
 * The young people in Years 11 and 12 today, with their September Guarantee facts, kept by the filter. Those
 * with no date of birth cannot be placed in a year, so they are left out (the counts say how many).
 */
export function septemberRows(people: readonly SeptemberPerson[], today: IsoDate, filter: SeptemberFilter): (SeptemberRow & { id: string })[] {
  return people
    .flatMap((person) => {
      if (!person.dateOfBirth) return [];
      const group = yearGroup(person.dateOfBirth, today);
      if (!isSeptemberGuaranteeYear(group)) return [];
      return [{ id: person.id, name: person.name, yearGroup: group, applications: person.applications, hasOffer: person.hasOffer }];
    })
    .filter((row) => (filter === 'no-application' ? row.applications === 0 : filter === 'no-offer' ? !row.hasOffer : true));
}

export type SeptemberCounts = { year: number; everyone: number; noApplication: number; noOffer: number }[];

/** Counts for each of Years 11 and 12: everyone, no application sent, no offer held. */
export function countSeptember(rows: readonly SeptemberRow[]): SeptemberCounts {
  return SEPTEMBER_GUARANTEE_YEARS.map((year) => {
    const inYear = rows.filter((row) => row.yearGroup === year);
    return {
      year,
      everyone: inYear.length,
      noApplication: inYear.filter((row) => row.applications === 0).length,
      noOffer: inYear.filter((row) => !row.hasOffer).length,
    };
  });
}

/** One CSV field, quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The adviser's September Guarantee list as CSV. */
export function septemberCsv(rows: SeptemberRow[]): string {
  const lines = [['Name', 'Year', 'Applications sent', 'Has an offer'].join(',')];
  for (const row of rows) {
    lines.push([csvField(row.name ?? ''), String(row.yearGroup), String(row.applications), row.hasOffer ? 'Yes' : 'No'].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
