import type { AgeGroup } from './search';

/** Course facts in plain words (reading age 9). */
export const STUDY_MODE_WORDS = { full_time: 'Full time', part_time: 'Part time' } as const;

export const STUDY_METHOD_WORDS = {
  classroom: 'In a classroom or workshop',
  work_based: 'Mostly at work, with some training days',
  online: 'Online, from home',
  mixed: 'A mix of classroom and work',
} as const;

export const AGE_GROUP_WORDS: Record<AgeGroup, string> = {
  age_14_16: 'For 14 to 16 year olds, alongside school',
  age_16_19: 'For 16 to 19 year olds',
  age_19_25: 'For 19 to 25 year olds, or up to 25 with extra support needs',
};

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

/** "6 September 2027" from a date column ("2027-09-06"). */
export function formatDateOnly(isoDate: string): string {
  return shortDayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Saturday 12 December 2026, 10am to 1pm" for an open day. */
export function formatEvent(startsAt: Date, endsAt: Date): string {
  const time = (date: Date) => timeFormat.format(date).replace(':00', '').replace(' ', '');
  return `${dayFormat.format(startsAt).replace(',', '')}, ${time(startsAt)} to ${time(endsAt)}`;
}

/** "24 places" or, for an open-ended course, a plain sentence. */
export function describePlaces(places: number | null): string {
  if (places === null) return 'No limit on places';
  return places === 1 ? '1 place' : `${places} places`;
}
