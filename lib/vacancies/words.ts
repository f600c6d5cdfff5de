import type { HoursChoice, VacancyType } from './search';

/**
 * Vacancy facts in plain words (reading age 9). `one` and `many` name the things ("apprenticeship",
 * "apprenticeships"), for "Save this apprenticeship" and "12 apprenticeships".
 */
export const VACANCY_TYPE_WORDS: Record<VacancyType, { label: string; plural: string; one: string; many: string; hint: string; picture: string }> = {
  job: { label: 'Job', plural: 'Jobs', one: 'job', many: 'jobs', hint: 'Paid work', picture: '/images/vacancies/job.svg' },
  apprenticeship: {
    label: 'Apprenticeship',
    plural: 'Apprenticeships',
    one: 'apprenticeship',
    many: 'apprenticeships',
    hint: 'Paid work with training',
    picture: '/images/vacancies/apprenticeship.svg',
  },
  training_place: {
    label: 'Training place',
    plural: 'Training places',
    one: 'training place',
    many: 'training places',
    hint: 'Learn skills for work',
    picture: '/images/vacancies/training-place.svg',
  },
  work_experience: {
    label: 'Work experience',
    plural: 'Work experience',
    one: 'work experience place',
    many: 'work experience places',
    hint: 'Try out a job',
    picture: '/images/vacancies/work-experience.svg',
  },
  volunteering: {
    label: 'Volunteering',
    plural: 'Volunteering',
    one: 'volunteering role',
    many: 'volunteering roles',
    hint: 'Help out and learn',
    picture: '/images/vacancies/volunteering.svg',
  },
};

/** "1 apprenticeship", "12 jobs", or without a type "1 result", "30 results". */
export function describeCount(count: number, type?: VacancyType): string {
  const [one, many] = type ? [VACANCY_TYPE_WORDS[type].one, VACANCY_TYPE_WORDS[type].many] : ['result', 'results'];
  return `${count} ${count === 1 ? one : many}`;
}

/** For a picture card: "12 jobs", or without a type "30 to choose from". */
export function describeChoiceCount(count: number, type?: VacancyType): string {
  return type ? describeCount(count, type) : `${count} to choose from`;
}

export const HOURS_WORDS: Record<HoursChoice, string> = { full_time: 'Full time', part_time: 'Part time' };

/** "Full time, 37.5 hours a week", "Part time, 8 hours a week", or just "Part time". */
export function describeHours(hoursType: HoursChoice, hoursPerWeek: string | number | null): string {
  const hours = hoursPerWeek === null ? NaN : Number(hoursPerWeek);
  if (!Number.isFinite(hours) || hours <= 0) return HOURS_WORDS[hoursType];
  const shown = Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
  return `${HOURS_WORDS[hoursType]}, ${shown} ${hours === 1 ? 'hour' : 'hours'} a week`;
}

const londonDate = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });

/** Today's date in England ("2026-11-03"), for comparing with date columns like closesOn. */
export function londonToday(now: Date): string {
  return londonDate.format(now);
}

/** The date a number of days after an ISO date. */
export function addDaysTo(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "Closes today", "Closes tomorrow", "Closes in 3 days" for the next week (a count is easier to act on
 * than a date), then "Closes on 4 December 2026"; no closing date is "Open until filled".
 */
export function describeClosing(closesOn: string | null, today: string): string {
  if (closesOn === null) return 'Open until filled';
  const days = daysBetween(today, closesOn);
  if (days <= 0) return 'Closes today';
  if (days === 1) return 'Closes tomorrow';
  if (days <= 7) return `Closes in ${days} days`;
  return `Closes on ${longDate.format(new Date(`${closesOn}T00:00:00Z`))}`;
}

/** Whether it closes within a few days, to make the closing date stand out. */
export function isClosingSoon(closesOn: string | null, today: string, withinDays = 7): boolean {
  return closesOn !== null && daysBetween(today, closesOn) <= withinDays;
}
