import { z } from 'zod';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { isRealDate } from '@/lib/manage/provider-schemas';
import { VACANCY_TYPES, type VacancyType } from './search';
import { DEFAULT_WAGE_RATES, formatPounds, type WageRates, YOUNGEST_MINIMUM_WAGE_AGE } from './wages';

// What an employer or provider types to post or change a vacancy, checked on the server. Messages name the field and
// say what to do (GOV.UK pattern).

export const WAGE_CHOICES = ['hour', 'week', 'year', 'minimum', 'allowance', 'unpaid'] as const;
export type WageChoice = (typeof WAGE_CHOICES)[number];

export const WAGE_CHOICE_WORDS: Record<WageChoice, string> = {
  hour: 'An amount an hour',
  week: 'An amount a week',
  year: 'An amount a year',
  minimum: 'The legal minimum for their age',
  allowance: 'A training allowance a week',
  unpaid: 'Unpaid',
};

export const MAX_QUESTIONS = 3;

/** The kind of work is missing, not on the list, or an area of work rather than one of its pictures. */
export const UNKNOWN_KIND_OF_WORK = 'Choose the kind of work from the pictures';
const WEEKS_A_YEAR = 52;

/**
 * When paid work pays less an hour than the law allows anyone it could employ, the least it must pay and
 * why; otherwise null. Jobs are held to the 16 to 17 band (the lowest); apprenticeships to the apprentice
 * rate. Young people also see, on the vacancy, when the rate is below the one for their own age.
 */
export function legalMinimumProblem(
  vacancy: {
    type: VacancyType;
    wageChoice: WageChoice;
    wagePence: number | null;
    hoursPerWeek: number;
  },
  rates: WageRates = DEFAULT_WAGE_RATES,
): string | null {
  if (vacancy.type !== 'job' && vacancy.type !== 'apprenticeship') return null;
  if (vacancy.wagePence === null || !['hour', 'week', 'year'].includes(vacancy.wageChoice)) return null;
  const hourly =
    vacancy.wageChoice === 'hour'
      ? vacancy.wagePence
      : vacancy.wageChoice === 'week'
        ? vacancy.wagePence / vacancy.hoursPerWeek
        : vacancy.wagePence / WEEKS_A_YEAR / vacancy.hoursPerWeek;
  const isApprenticeship = vacancy.type === 'apprenticeship';
  // The lowest band of the legal minimum wage: what the youngest person who may be paid must get.
  const lowestBand = Math.min(...rates.bands.map((band) => band.hourlyPence));
  const minimum = isApprenticeship ? rates.apprenticeHourlyPence : lowestBand;
  if (Math.round(hourly) >= minimum) return null;
  const who = isApprenticeship ? 'apprentices' : `${YOUNGEST_MINIMUM_WAGE_AGE} and 17 year olds`;
  return `The pay must be at least ${formatPounds(minimum, { isAlwaysPence: true })} an hour, the legal minimum for ${who}`;
}

/** "£8.50", "8.5", "21,000" → pence; null when it is not an amount of money. */
export function parsePounds(input: string): number | null {
  const cleaned = input.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

const ticked = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'yes' || value === 'true');

/** The form's fields, in the order they are shown (the error summary follows this order). */
export const VACANCY_FIELDS = [
  'title',
  'type',
  'categoryId',
  'summary',
  'whatYoullDo',
  'wageChoice',
  'wage',
  'hoursPerWeek',
  'postcode',
  'town',
  'closesOn',
  'places',
  'isNoExperienceNeeded',
  'isNoQualificationsNeeded',
  'questions',
  'acceptsVoiceAndVideo',
];

/** The vacancy form, checked against today's date in London ("2026-12-02") and the area's minimum wage rates. */
export function vacancySchema(today: string, rates: WageRates = DEFAULT_WAGE_RATES) {
  return z
    .object({
      title: z.string().trim().min(1, 'Enter the job title').max(120, 'The job title must be 120 letters or fewer'),
      type: z.enum(VACANCY_TYPES, { message: 'Choose what kind of vacancy it is' }),
      categoryId: z.string().uuid({ message: UNKNOWN_KIND_OF_WORK }),
      summary: z.string().trim().min(1, 'Enter what the job is, in plain words').max(600, 'The summary must be 600 letters or fewer'),
      whatYoullDo: z.string().trim().max(4000, 'What they will do must be 4000 letters or fewer'),
      wageChoice: z.enum(WAGE_CHOICES, { message: 'Choose how it is paid' }),
      wage: z.string().trim(),
      hoursPerWeek: z
        .string()
        .trim()
        .refine((value) => /^\d{1,2}(\.\d)?$/.test(value) && Number(value) > 0 && Number(value) <= 48, 'Enter the hours a week, like 37.5 (48 at most)')
        .transform(Number),
      postcode: z
        .string()
        .trim()
        .transform((value, context) => {
          const parsed = parsePostcodeQuery(value);
          if (parsed?.kind !== 'postcode') {
            context.addIssue({ code: 'custom', message: 'Enter the full postcode of the workplace, like HX1 2SP' });
            return '';
          }
          return parsed.postcode;
        }),
      town: z.string().trim().min(1, 'Enter the town or village, like Halifax').max(80, 'The town must be 80 letters or fewer'),
      closesOn: z
        .string()
        .trim()
        .refine(isRealDate, 'Enter the closing date, like 2027-01-31')
        .refine((value) => !isRealDate(value) || value > today, 'The closing date must be in the future'),
      places: z
        .string()
        .trim()
        .refine((value) => value === '' || (/^\d{1,4}$/.test(value) && Number(value) > 0), 'Enter the number of places, like 2, or leave it empty')
        .transform((value) => (value === '' ? null : Number(value))),
      isNoExperienceNeeded: ticked,
      isNoQualificationsNeeded: ticked,
      questions: z
        .string()
        .transform((value) =>
          value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        )
        .refine((lines) => lines.length <= MAX_QUESTIONS, `Ask ${MAX_QUESTIONS} questions at most, one on each line`)
        .refine((lines) => lines.every((line) => line.length <= 300), 'Each question must be 300 letters or fewer'),
      acceptsVoiceAndVideo: ticked,
    })
    .transform((input, context) => {
      const isPaidAmount = input.wageChoice === 'hour' || input.wageChoice === 'week' || input.wageChoice === 'year' || input.wageChoice === 'allowance';
      let wagePence: number | null = null;
      if (isPaidAmount) {
        wagePence = parsePounds(input.wage);
        if (wagePence === null || wagePence === 0) {
          context.addIssue({ code: 'custom', path: ['wage'], message: 'Enter the pay in pounds, like 8.50' });
          return z.NEVER;
        }
      }
      if (input.wageChoice === 'unpaid' && (input.type === 'job' || input.type === 'apprenticeship')) {
        context.addIssue({ code: 'custom', path: ['wageChoice'], message: 'Jobs and apprenticeships must be paid' });
        return z.NEVER;
      }
      const problem = legalMinimumProblem({ type: input.type, wageChoice: input.wageChoice, wagePence, hoursPerWeek: input.hoursPerWeek }, rates);
      if (problem) {
        context.addIssue({ code: 'custom', path: ['wage'], message: problem });
        return z.NEVER;
      }
      const { wageChoice } = input;
      return {
        title: input.title,
        type: input.type,
        categoryId: input.categoryId,
        summary: input.summary,
        whatYoullDo: input.whatYoullDo,
        hoursPerWeek: input.hoursPerWeek,
        postcode: input.postcode,
        town: input.town,
        closesOn: input.closesOn,
        places: input.places,
        isNoExperienceNeeded: input.isNoExperienceNeeded,
        isNoQualificationsNeeded: input.isNoQualificationsNeeded,
        questions: input.questions,
        acceptsVoiceAndVideo: input.acceptsVoiceAndVideo,
        wagePence,
        wageUnit: wageChoice === 'minimum' ? ('hour' as const) : wageChoice,
        isMinimumWageForAge: wageChoice === 'minimum',
        hoursType: input.hoursPerWeek >= 30 ? ('full_time' as const) : ('part_time' as const),
      };
    });
}
export type VacancyInput = z.infer<ReturnType<typeof vacancySchema>>;

/**
 * The vacancy's own columns as they are stored, from the checked form (hours as text, as the numeric column
 * keeps them). The form, the CSV import and the change log all compare and write these.
 */
export function storedVacancyFields(input: VacancyInput) {
  return {
    title: input.title,
    type: input.type,
    categoryId: input.categoryId,
    summary: input.summary,
    whatYoullDo: input.whatYoullDo,
    wagePence: input.wagePence,
    wageUnit: input.wageUnit,
    isMinimumWageForAge: input.isMinimumWageForAge,
    hoursPerWeek: input.hoursPerWeek.toFixed(1),
    hoursType: input.hoursType,
    postcode: input.postcode,
    town: input.town,
    closesOn: input.closesOn,
    places: input.places,
    isNoExperienceNeeded: input.isNoExperienceNeeded,
    isNoQualificationsNeeded: input.isNoQualificationsNeeded,
    acceptsVoiceAndVideo: input.acceptsVoiceAndVideo,
  };
}
export type StoredVacancyFields = ReturnType<typeof storedVacancyFields>;
