import type { VacancyType } from '../vacancies/search';
import { VACANCY_TYPE_WORDS } from '../vacancies/words';
import type { ExploreAnswers } from './answers';
import { LIKE_CHOICES, NOW_WORDS, TRAVEL_WORDS, WAY_CHOICES } from './questions';
import { joinWords } from './scoring';

/** What a local option is, as its card says it: "Course", "Apprenticeship", "Job"… */
export function describeOptionType(type: 'course' | VacancyType, isApprenticeship: boolean): string {
  if (type === 'course') return isApprenticeship ? 'Apprenticeship course' : 'Course';
  return VACANCY_TYPE_WORDS[type].label;
}

/** Whether you can start it without qualifications, in plain words. */
export function describeQualifications(isNoQualificationsNeeded: boolean): string {
  return isNoQualificationsNeeded ? 'No qualifications needed' : 'May need qualifications';
}

/**
 * The answers read back as short lines ("You enjoy: fixing things and driving"), for checking and changing.
 * For an adviser (`who: 'they'`) the lines speak of the young person, and travel is left out.
 */
export function describeAnswers(
  answers: ExploreAnswers,
  { who = 'you' }: { who?: 'you' | 'they' } = {},
): { question: string; answer: string; step: string }[] {
  const likes = LIKE_CHOICES.filter((choice) => answers.like.includes(choice.value)).map((choice) => choice.reason);
  const ways = WAY_CHOICES.filter((choice) => answers.way.includes(choice.value)).map((choice) =>
    who === 'you' ? choice.label.toLowerCase() : choice.label.toLowerCase().replace(/\bmy\b/g, 'their'),
  );
  const travel = answers.travel ? `by ${TRAVEL_WORDS[answers.travel].label.toLowerCase()}` : '';
  const where = [travel, answers.postcode ? `from ${answers.postcode.toUpperCase()}` : ''].filter(Boolean).join(' ');
  const [You, skipped] = who === 'you' ? ['You', 'You skipped this'] : ['They', 'They skipped this'];
  const lines = [
    { question: `${You} enjoy`, answer: likes.length > 0 ? joinWords(likes) : skipped, step: 'enjoy' },
    { question: `${You} like to work`, answer: ways.length > 0 ? joinWords(ways) : skipped, step: 'style' },
    { question: 'Qualifications', answer: answers.now ? NOW_WORDS[answers.now].label : skipped, step: 'now' },
    { question: 'Travel', answer: where ? `${where[0]!.toUpperCase()}${where.slice(1)}` : skipped, step: 'travel' },
  ];
  return who === 'you' ? lines : lines.filter((line) => line.step !== 'travel');
}
