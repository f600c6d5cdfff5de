import type { VacancyType } from './search';

// The pages where employer staff and provider staff look after their own vacancies share these (decision 041).

/** What the page says after a save or a status change (?saved=…). */
export const VACANCY_SAVED_MESSAGES: Record<string, string> = {
  posted: 'Posted. Young people can see it now.',
  changed: 'Saved. Young people see the changes now.',
  waiting: 'Saved. The council will check it before young people can see it.',
  closed: 'Closed. Young people can no longer apply.',
  filled: 'Marked as filled. Young people can no longer apply.',
  live: 'Open again. Young people can apply.',
  checked: 'Thank you. The vacancy is marked as checked today.',
  'closing-date-passed': 'The closing date has passed. Change the closing date below, then open it again.',
  'not-allowed': 'That cannot be done now.',
};

/** A saved vacancy as stored, for filling in the form to change it. */
export type SavedVacancy = {
  title: string;
  type: VacancyType;
  categoryId: string;
  summary: string;
  whatYoullDo: string;
  wagePence: number | null;
  wageUnit: 'hour' | 'week' | 'year' | 'unpaid' | 'allowance';
  isMinimumWageForAge: boolean;
  hoursPerWeek: string | null;
  postcode: string;
  town: string;
  closesOn: string | null;
  places: number | null;
  isNoExperienceNeeded: boolean;
  isNoQualificationsNeeded: boolean;
  questions: string[];
  acceptsVoiceAndVideo: boolean;
};

/** The form's values for a saved vacancy, as the person would type them (pay in pounds, ticks as "on"). */
export function vacancyFormValues(vacancy: SavedVacancy): Record<string, string> {
  const tick = (value: boolean) => (value ? 'on' : '');
  return {
    title: vacancy.title,
    type: vacancy.type,
    categoryId: vacancy.categoryId,
    summary: vacancy.summary,
    whatYoullDo: vacancy.whatYoullDo,
    wageChoice: vacancy.isMinimumWageForAge ? 'minimum' : vacancy.wageUnit,
    wage: vacancy.wagePence === null || vacancy.isMinimumWageForAge ? '' : (vacancy.wagePence / 100).toFixed(vacancy.wagePence % 100 === 0 ? 0 : 2),
    hoursPerWeek: vacancy.hoursPerWeek === null ? '' : String(Number(vacancy.hoursPerWeek)),
    postcode: vacancy.postcode,
    town: vacancy.town,
    closesOn: vacancy.closesOn ?? '',
    places: vacancy.places === null ? '' : String(vacancy.places),
    isNoExperienceNeeded: tick(vacancy.isNoExperienceNeeded),
    isNoQualificationsNeeded: tick(vacancy.isNoQualificationsNeeded),
    questions: vacancy.questions.join('\n'),
    acceptsVoiceAndVideo: tick(vacancy.acceptsVoiceAndVideo),
  };
}
