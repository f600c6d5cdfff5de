import { z } from 'zod';
import { COURSE_LEVELS } from '@/lib/courses/levels';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { normaliseUkMobile, PHONE_MESSAGE } from '@/lib/sign-in/schemas';

// What provider staff may change on their own published records. Messages say what to do (GOV.UK).

const LONG = 4000;
const tooLong = (what: string, max: number) => `${what} must be ${max} letters or fewer`;

/** "", "yes", "on": a ticked box in a plain HTML form. */
const ticked = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'yes' || value === 'true');

/** Empty becomes null; anything else must be a UK mobile number. */
const optionalMobile = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === '') return null;
    const phone = normaliseUkMobile(value);
    if (!phone) context.addIssue({ code: 'custom', message: PHONE_MESSAGE });
    return phone;
  });

export const optionalWebsite = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === '') return null;
    const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`;
    try {
      const url = new URL(withScheme);
      if (!url.hostname.includes('.')) throw new Error('no dot');
      return url.toString();
    } catch {
      context.addIssue({ code: 'custom', message: 'Enter a web address, like www.example.ac.uk' });
      return null;
    }
  });

/**
 * Any UK phone number, kept the way it was typed (spaces tidied): a landline like 01422 123456 or a mobile.
 * Null when it is not one: 0 then 9 or 10 more digits, or the same after +44 or 0044.
 */
export function tidyUkPhone(input: string): string | null {
  const tidied = input.trim().replace(/\s+/g, ' ');
  if (!/^[\d\s()+-]+$/.test(tidied)) return null;
  const digits = tidied.replace(/\D/g, '').replace(/^(?:0044|44)(?=[1-9])/, '0');
  if (/^\+/.test(tidied) && !/^\+44/.test(tidied)) return null;
  return /^0[1-9]\d{8,9}$/.test(digits) ? tidied : null;
}

export const LANDLINE_MESSAGE = 'Enter a UK phone number, like 01422 123456';

/** Empty becomes null; anything else must be a UK phone number (landline or mobile). */
export const optionalUkPhone = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === '') return null;
    const phone = tidyUkPhone(value);
    if (!phone) context.addIssue({ code: 'custom', message: LANDLINE_MESSAGE });
    return phone;
  });

export const providerProfileSchema = z.object({
  description: z.string().trim().min(1, 'Enter what you offer young people').max(LONG, tooLong('What you offer', LONG)),
  supportInfo: z.string().trim().max(LONG, tooLong('Help for learners', LONG)),
  textNumber: optionalMobile,
  website: optionalWebsite,
});
export type ProviderProfileInput = z.infer<typeof providerProfileSchema>;
export const PROVIDER_PROFILE_FIELDS = ['description', 'supportInfo', 'textNumber', 'website'];

export const STUDY_METHODS = ['classroom', 'work_based', 'online', 'mixed'] as const;

export const courseDetailsSchema = z.object({
  summary: z.string().trim().min(1, 'Enter what the course is, in plain words').max(600, tooLong('The summary', 600)),
  entryRequirements: z.string().trim().max(LONG, tooLong('What you need to start', LONG)),
  isNoQualificationsNeeded: ticked,
  method: z.enum(STUDY_METHODS, { message: 'Choose how students learn' }),
  durationText: z.string().trim().min(1, 'Enter how long the course lasts, like 1 year').max(100, tooLong('How long it lasts', 100)),
  cost: z.string().trim().max(1000, tooLong('Cost and help with money', 1000)),
});
export type CourseDetailsInput = z.infer<typeof courseDetailsSchema>;
export const COURSE_DETAILS_FIELDS = ['summary', 'entryRequirements', 'isNoQualificationsNeeded', 'method', 'durationText', 'cost'];

/** A date typed as yyyy-mm-dd (a date box) that is a real day. */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const PLACES_MESSAGE = 'Enter the number of places as a whole number, like 20, or leave it empty for no limit';

/** The dates and places of one run of a course: shared by the run form and the CSV import. */
const courseRunDateFields = {
  startsOn: z.string().trim().refine(isRealDate, 'Enter the start date, like 2027-09-06'),
  applyBy: z
    .string()
    .trim()
    .refine((value) => value === '' || isRealDate(value), 'Enter the date to apply by, like 2027-06-30, or leave it empty')
    .transform((value) => (value === '' ? null : value)),
  places: z
    .string()
    .trim()
    .refine((value) => value === '' || (/^\d{1,4}$/.test(value) && Number(value) > 0), PLACES_MESSAGE)
    .transform((value) => (value === '' ? null : Number(value))),
};

function isApplyByNotAfterStart(run: { startsOn: string; applyBy: string | null }): boolean {
  return run.applyBy === null || run.applyBy <= run.startsOn;
}
const APPLY_BY_AFTER_START = { message: 'The date to apply by must be on or before the start date', path: ['applyBy'] };

export const courseRunDatesSchema = z.object(courseRunDateFields).refine(isApplyByNotAfterStart, APPLY_BY_AFTER_START);
export type CourseRunDatesInput = z.infer<typeof courseRunDatesSchema>;

/**
 * The one start-date rule for a date staff type in a form, new or changed: a real day, today or later
 * (London). The CSV import checks the same with its own words (lib/imports/course-rows.ts).
 */
export function startsOnFromToday(today: string) {
  return courseRunDateFields.startsOn.refine((value) => !isRealDate(value) || value >= today, 'The start date must be today or later');
}

/** A change to one start of a course: the same today-or-later rule as a new start date. */
export function courseRunSchema(today: string) {
  return z.object({ runId: z.string().uuid(), ...courseRunDateFields, startsOn: startsOnFromToday(today) }).refine(isApplyByNotAfterStart, APPLY_BY_AFTER_START);
}
export type CourseRunInput = z.infer<ReturnType<typeof courseRunSchema>>;
export const COURSE_RUN_FIELDS = ['runId', 'startsOn', 'applyBy', 'places'];

/** The moment a London wall-clock time happens ("2027-01-16", "10:30"), allowing for summer time. */
export function londonMoment(isoDate: string, time: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(asUtc));
  const londonHour = Number(parts.find((part) => part.type === 'hour')?.value ?? hour);
  const offsetHours = (londonHour - new Date(asUtc).getUTCHours() + 24) % 24;
  return new Date(asUtc - offsetHours * 60 * 60 * 1000);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A new open day or taster event, on a date from today on (London). */
export function openDaySchema(today: string) {
  return z
    .object({
      date: z
        .string()
        .trim()
        .refine(isRealDate, 'Enter the date of the open day, like 2027-01-16')
        .refine((value) => !isRealDate(value) || value >= today, 'The open day must be today or later'),
      startsAt: z.string().trim().regex(TIME, 'Enter the start time, like 10:00'),
      endsAt: z.string().trim().regex(TIME, 'Enter the end time, like 13:00'),
      siteId: z
        .string()
        .trim()
        .refine((value) => value === '' || /^[0-9a-f-]{36}$/i.test(value), 'Choose where it is')
        .transform((value) => (value === '' ? null : value)),
      description: z.string().trim().max(300, 'What happens must be 300 letters or fewer'),
    })
    .refine((day) => !TIME.test(day.startsAt) || !TIME.test(day.endsAt) || day.endsAt > day.startsAt, {
      message: 'The end time must be after the start time',
      path: ['endsAt'],
    });
}
export type OpenDayInput = z.infer<ReturnType<typeof openDaySchema>>;
export const OPEN_DAY_FIELDS = ['date', 'startsAt', 'endsAt', 'siteId', 'description'];

// ── Sites ───────────────────────────────────────────────────────────────────────────────────────────────

/** A full UK postcode, written the usual way ("HX1 2SP"); where it is on the map is looked up after. */
export const SITE_POSTCODE_MESSAGE = 'Enter the full postcode of the site, like HX1 2SP';
export const UNKNOWN_SITE_POSTCODE_MESSAGE = 'We cannot find that postcode. Check it and try again';

export const siteSchema = z.object({
  name: z.string().trim().min(1, 'Enter the name of the site, like Main campus').max(100, tooLong('The name', 100)),
  addressLine: z.string().trim().min(1, 'Enter the street address').max(200, tooLong('The street address', 200)),
  town: z.string().trim().min(1, 'Enter the town').max(100, tooLong('The town', 100)),
  postcode: z
    .string()
    .trim()
    .transform((value, context) => {
      const parsed = parsePostcodeQuery(value);
      if (parsed?.kind !== 'postcode') {
        context.addIssue({ code: 'custom', message: SITE_POSTCODE_MESSAGE });
        return '';
      }
      return parsed.postcode;
    }),
  gettingThere: z.string().trim().max(300, tooLong('How to get there', 300)),
});
export type SiteInput = z.infer<typeof siteSchema>;
export const SITE_FIELDS = ['name', 'addressLine', 'town', 'postcode', 'gettingThere'];

// ── A new course, and another start date ────────────────────────────────────────────────────────────────

export const STUDY_MODES = ['full_time', 'part_time'] as const;
export const AGE_GROUPS = ['age_14_16', 'age_16_19', 'age_19_25'] as const;

export const KIND_OF_WORK_MESSAGE = 'Choose the kind of work it leads to';

const recordId = (message: string) => z.string().trim().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, message);

/** Where and when a course starts: a site of the provider's, a start date from today on, apply by, places. */
function runFields(today: string) {
  return {
    siteId: recordId('Choose where it starts'),
    ...courseRunDateFields,
    startsOn: startsOnFromToday(today),
  };
}

/** Another start date for a course the provider already has. */
export function newCourseRunSchema(today: string) {
  return z.object(runFields(today)).refine(isApplyByNotAfterStart, APPLY_BY_AFTER_START);
}
export type NewCourseRunInput = z.infer<ReturnType<typeof newCourseRunSchema>>;
export const NEW_COURSE_RUN_FIELDS = ['siteId', 'startsOn', 'applyBy', 'places'];

/**
 * Everything about a course that staff type or choose, the same for a new course and a change: the details,
 * then its name, kind of work, level, full or part time, who it is for and whether it is an apprenticeship.
 * Whether the kind of work is a real one (not an area) is checked against the database when it is saved.
 */
export const courseSchema = courseDetailsSchema.extend({
  title: z.string().trim().min(1, 'Enter the name of the course').max(120, tooLong('The name', 120)),
  categoryId: recordId(KIND_OF_WORK_MESSAGE),
  level: z.enum(COURSE_LEVELS, { message: 'Choose the level' }),
  mode: z.enum(STUDY_MODES, { message: 'Choose full time or part time' }),
  ageGroup: z.enum(AGE_GROUPS, { message: 'Choose who it is for' }),
  isApprenticeship: ticked,
});
export type CourseInput = z.infer<typeof courseSchema>;
export const COURSE_FIELDS = ['title', 'categoryId', 'level', 'mode', 'ageGroup', 'isApprenticeship', ...COURSE_DETAILS_FIELDS];

/** A new course: the course form's fields and its first start date. */
export function newCourseSchema(today: string) {
  return courseSchema.extend(runFields(today)).refine(isApplyByNotAfterStart, APPLY_BY_AFTER_START);
}
export type NewCourseInput = z.infer<ReturnType<typeof newCourseSchema>>;
export const NEW_COURSE_FIELDS = [...COURSE_FIELDS, ...NEW_COURSE_RUN_FIELDS];

/** The message beside a course field the database refused: a kind of work not on the list, or a site not theirs. */
export function courseProblemMessage(field: 'categoryId' | 'siteId'): string {
  return field === 'categoryId' ? KIND_OF_WORK_MESSAGE : 'Choose where it starts';
}
