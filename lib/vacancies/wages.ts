/**
 * The legal minimum wage, as configuration. Rates from 1 April 2026, from GOV.UK "National Minimum Wage and
 * National Living Wage rates" (https://www.gov.uk/national-minimum-wage-rates), announced in November 2025
 * on the Low Pay Commission's advice. Change these each April; the rest of the code reads them from here.
 */
export const MINIMUM_WAGE_RATES_FROM = '2026-04-01';

/** Hourly rates by age, highest age first. The National Living Wage is the 21 and over band. */
export const MINIMUM_WAGE_BANDS = [
  { fromAge: 21, hourlyPence: 1271 },
  { fromAge: 18, hourlyPence: 1085 },
  { fromAge: 16, hourlyPence: 800 },
] as const;

/**
 * Apprentices under 19, or of any age in the first year of their apprenticeship, may be paid this rate.
 * Someone starting an apprenticeship is in their first year, so for a vacancy it always applies.
 */
export const APPRENTICE_HOURLY_PENCE = 800;
export const APPRENTICE_RATE_UNTIL_AGE = 19;

/**
 * The rates in force: the code's defaults above, or the ones a council admin saved for their area
 * (/admin/settings, decision 033). Bands are highest age first; the 16 band is always the lowest.
 */
export type WageRates = {
  ratesFrom: string;
  bands: readonly { fromAge: number; hourlyPence: number }[];
  apprenticeHourlyPence: number;
};

export const DEFAULT_WAGE_RATES: WageRates = {
  ratesFrom: MINIMUM_WAGE_RATES_FROM,
  bands: MINIMUM_WAGE_BANDS,
  apprenticeHourlyPence: APPRENTICE_HOURLY_PENCE,
};

/** People below school leaving age (under 16) have no legal minimum wage. */
export const YOUNGEST_MINIMUM_WAGE_AGE = 16;

/** Ages the service asks about (13 to 19, or up to 25 with a learning difficulty or disability). */
export const MIN_AGE = 13;
export const MAX_AGE = 25;

export type WageFacts = {
  type: 'job' | 'apprenticeship' | 'training_place' | 'work_experience' | 'volunteering';
  wagePence: number | null;
  wageUnit: 'hour' | 'week' | 'year' | 'unpaid' | 'allowance';
  isMinimumWageForAge: boolean;
};

/** The legal minimum hourly pay for someone of this age, or null under 16 (no minimum applies). */
export function minimumHourlyPence(
  age: number,
  { isApprenticeship = false, rates = DEFAULT_WAGE_RATES }: { isApprenticeship?: boolean; rates?: WageRates } = {},
): number | null {
  if (age < YOUNGEST_MINIMUM_WAGE_AGE) return null;
  if (isApprenticeship) return rates.apprenticeHourlyPence;
  const band = rates.bands.find((entry) => age >= entry.fromAge);
  return band ? band.hourlyPence : null;
}

/** "£8.00" (always pence for hourly pay), "£21,000", "£35" or "£35.50". */
export function formatPounds(pence: number, { isAlwaysPence = false } = {}): string {
  const pounds = pence / 100;
  const hasPence = isAlwaysPence || pence % 100 !== 0;
  return `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: hasPence ? 2 : 0, maximumFractionDigits: 2 })}`;
}

const UNPAID_WORDS: Record<WageFacts['type'], string> = {
  job: 'Unpaid',
  apprenticeship: 'Unpaid',
  training_place: 'Unpaid (the training is free)',
  work_experience: 'Unpaid (work experience)',
  volunteering: 'Unpaid (volunteering)',
};

function describeMinimumWage(vacancy: WageFacts, age: number | undefined, rates: WageRates): string {
  if (age === undefined) return 'The legal minimum for your age – add your age to see it';
  const isApprenticeship = vacancy.type === 'apprenticeship';
  const minimum = minimumHourlyPence(age, { isApprenticeship, rates });
  if (minimum === null) return 'There is no legal minimum wage under 16 – ask them what they pay';
  const why = isApprenticeship
    ? age < APPRENTICE_RATE_UNTIL_AGE
      ? 'the legal minimum for apprentices under 19'
      : 'the legal minimum in the first year of an apprenticeship'
    : `the legal minimum at ${age}`;
  return `At least ${formatPounds(minimum, { isAlwaysPence: true })} an hour for you (${why})`;
}

/**
 * The pay in plain words: "£8.00 an hour", "£21,000 a year", "£35 a week training allowance",
 * "Unpaid (volunteering)", or for "the minimum wage for your age" the amount for this person's age.
 */
export function describeWage(vacancy: WageFacts, age?: number, rates: WageRates = DEFAULT_WAGE_RATES): string {
  if (vacancy.isMinimumWageForAge) return describeMinimumWage(vacancy, age, rates);
  if (vacancy.wageUnit === 'unpaid' || vacancy.wagePence === null) return UNPAID_WORDS[vacancy.type];
  switch (vacancy.wageUnit) {
    case 'hour':
      return `${formatPounds(vacancy.wagePence, { isAlwaysPence: true })} an hour`;
    case 'week':
      return `${formatPounds(vacancy.wagePence)} a week`;
    case 'year':
      return `${formatPounds(vacancy.wagePence)} a year`;
    case 'allowance':
      return `${formatPounds(vacancy.wagePence)} a week training allowance`;
  }
}

/**
 * When an advertised hourly wage is below what the law says this person must get, a sentence saying so
 * (the demo's job wages start at the 18 to 20 rate, so a 22 year old needs to know). Null otherwise.
 */
export function describeLegalMinimumGap(vacancy: WageFacts, age?: number, rates: WageRates = DEFAULT_WAGE_RATES): string | null {
  if (age === undefined || vacancy.isMinimumWageForAge || vacancy.wageUnit !== 'hour' || vacancy.wagePence === null) return null;
  if (vacancy.type !== 'job' && vacancy.type !== 'apprenticeship') return null;
  const minimum = minimumHourlyPence(age, { isApprenticeship: vacancy.type === 'apprenticeship', rates });
  if (minimum === null || vacancy.wagePence >= minimum) return null;
  return `By law, at ${age} you must get at least ${formatPounds(minimum, { isAlwaysPence: true })} an hour. Ask them about this.`;
}

/** The age to show wages for, from a URL or a date of birth; undefined unless it is a whole number from 13 to 25. */
export function toWageAge(value: unknown): number | undefined {
  const age = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,2}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(age) && age >= MIN_AGE && age <= MAX_AGE ? age : undefined;
}

/** Someone's age in whole years on a day, from their date of birth ("2009-03-14"). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const hasHadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hasHadBirthday ? 0 : 1);
}
