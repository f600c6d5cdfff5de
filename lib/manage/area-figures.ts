import { fromLondonLocal } from '@/lib/applications/words';

/**
 * The council's headline figures on /admin, each shown with its definition (issue 10): a number nobody can
 * explain is worse than none. Pure; the counting is in db/queries/people.ts (getAreaCounts).
 */
export const AREA_FIGURE_DEFINITIONS = {
  vacanciesOpen:
    'Vacancies and training places young people can see today: live, not past their closing date, and checked in the time allowed.',
  applicationsThisMonth:
    'Applications sent since the 1st of this month (UK time), including those from young people who have since deleted their account.',
  youngPeopleWithoutOffer: 'Young people signed up in the area who have no offer waiting or accepted right now.',
} as const;

/** Midnight on the 1st of this month in London, as an instant. */
export function startOfLondonMonth(now: Date): Date {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now).split('-');
  return fromLondonLocal(`${year}-${month}-01T00:00`)!;
}

/** Application states that count as having an offer. */
export const OFFER_STATUSES = ['offer', 'accepted'] as const;
