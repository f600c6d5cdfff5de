import { withoutControlCharacters } from '@/lib/security/clean-text';
import { z } from 'zod';
import { normaliseUkMobile, PHONE_MESSAGE, EMAIL_MESSAGE } from '@/lib/sign-in/schemas';
import { ageOnDate } from './academic-year';
import { PROFILE_SECTION_FIELDS, type ProfileSection, type ProfileValues, isSectionComplete } from './profile';

const LONG_TEXT = 5000;
const SHORT_TEXT = 300;

export const DATE_OF_BIRTH_MESSAGE = 'Enter your date of birth, like 27 3 2010';

/** "27 3 2010", "27/03/2010", "27-3-2010" or "2010-03-27" → "2010-03-27"; null when it is not a real date. */
export function parseDateOfBirth(input: string): string | null {
  const trimmed = input.trim();
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const british = /^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4})$/.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (british) [day, month, year] = [Number(british[1]), Number(british[2]), Number(british[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2010-03-27" → "27/03/2010", the way it is typed back in. */
export function formatDateOfBirth(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be ${max} characters or fewer`);

/** Each field on its own, so autosave can keep the good ones while the person is still typing another. */
function fieldSchemas(today: string) {
  return {
    contactPhone: z
      .string()
      .trim()
      .transform((value, ctx) => {
        if (value === '') return null;
        const e164 = normaliseUkMobile(value);
        if (!e164) {
          ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
          return z.NEVER;
        }
        return e164;
      }),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .transform((value, ctx) => {
        if (value === '') return null;
        if (!z.email().max(254).safeParse(value).success) {
          ctx.addIssue({ code: 'custom', message: EMAIL_MESSAGE });
          return z.NEVER;
        }
        return value;
      }),
    dateOfBirth: z
      .string()
      .trim()
      .transform((value, ctx) => {
        if (value === '') return null;
        const iso = parseDateOfBirth(value);
        const age = iso ? ageOnDate(iso, today) : -1;
        if (!iso || age < 11 || age > 30) {
          ctx.addIssue({ code: 'custom', message: DATE_OF_BIRTH_MESSAGE });
          return z.NEVER;
        }
        return iso;
      }),
    school: text(SHORT_TEXT, 'Your school'),
    qualifications: text(LONG_TEXT, 'Your qualifications'),
    needsSupport: z
      .string()
      .trim()
      .transform((value) => (value === 'yes' ? true : value === 'no' ? false : null)),
    supportNeeds: text(LONG_TEXT, 'The help you need'),
    adjustments: text(LONG_TEXT, 'The changes you need'),
    personalStatement: text(LONG_TEXT, 'About you'),
  } as const;
}

type ProfileFieldName = keyof ReturnType<typeof fieldSchemas>;

/** What each field needs for the section to be done, said as what to do. */
const REQUIRED_MESSAGES: Partial<Record<ProfileFieldName, string>> = {
  contactPhone: 'Enter your mobile number, like 07700 900 123',
  dateOfBirth: DATE_OF_BIRTH_MESSAGE,
  school: 'Enter the name of your school or college, or say you have left',
  qualifications: 'Write the exams you have passed or are taking, or write "none yet"',
  needsSupport: 'Say if you need any help or changes',
  supportNeeds: 'Tell them what help you need',
  personalStatement: 'Write a few lines about you',
};

export type SectionParseResult = {
  /** The good values, to save (even when some fields have errors). */
  data: Partial<ProfileValues>;
  fieldErrors: Record<string, string>;
};

/**
 * Parses one section's fields. With `isDone` (the person pressed "This part is done") it also checks the
 * section has what it needs. Without it (save for later, autosave) only what was typed is checked.
 */
export function parseProfileSection(
  section: ProfileSection,
  input: Record<string, string>,
  { isDone, today, current }: { isDone: boolean; today: string; current: ProfileValues },
): SectionParseResult {
  const schemas = fieldSchemas(today);
  const data: Record<string, unknown> = {};
  const fieldErrors: Record<string, string> = {};
  for (const field of PROFILE_SECTION_FIELDS[section] as readonly ProfileFieldName[]) {
    const result = schemas[field].safeParse(input[field] ?? '');
    if (result.success) data[field] = result.data;
    else fieldErrors[field] = result.error.issues[0]?.message ?? 'Check this answer';
  }
  if (isDone && Object.keys(fieldErrors).length === 0) {
    const merged = { ...current, ...data } as ProfileValues;
    if (!isSectionComplete(merged, section)) {
      for (const field of PROFILE_SECTION_FIELDS[section] as readonly ProfileFieldName[]) {
        const value = merged[field as keyof ProfileValues];
        const isEmpty = value === null || value === '';
        const isNeeded = field !== 'supportNeeds' || merged.needsSupport === true;
        const message = REQUIRED_MESSAGES[field];
        if (isEmpty && isNeeded && message && !(field === 'personalStatement' && merged.personalStatementMediaId)) {
          fieldErrors[field] = message;
        }
      }
    }
  }
  return { data: data as Partial<ProfileValues>, fieldErrors };
}

export const ANSWER_MAX = LONG_TEXT;

/** Answers to the provider's or employer's questions: answer-<questionId> fields, each optional while drafting. */
export function parseAnswers(formData: FormData): {
  answers: Record<string, string>;
  /** A question's recording from the recorder's hidden field: an id, or null for "no recording". */
  media: Record<string, string | null>;
  fieldErrors: Record<string, string>;
} {
  const answers: Record<string, string> = {};
  const media: Record<string, string | null> = {};
  const fieldErrors: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string') continue;
    const [prefix, questionId] = key.startsWith('answer-') ? ['answer', key.slice('answer-'.length)] : key.startsWith('media-') ? ['media', key.slice('media-'.length)] : [];
    if (!questionId || !z.uuid().safeParse(questionId).success) continue;
    if (prefix === 'media') {
      if (value === '' || z.uuid().safeParse(value).success) media[questionId] = value || null;
      continue;
    }
    const trimmed = withoutControlCharacters(value).trim();
    if (trimmed.length > ANSWER_MAX) fieldErrors[key] = `Your answer must be ${ANSWER_MAX} characters or fewer`;
    else answers[questionId] = trimmed;
  }
  return { answers, media, fieldErrors };
}

export const INTERVIEW_MESSAGE = 'Enter the interview date and time';

/** Staff decisions. */
export const interviewSchema = z.object({
  interviewAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, INTERVIEW_MESSAGE),
  note: text(1000, 'Where and what to bring'),
});
export type InterviewInput = z.infer<typeof interviewSchema>;

export const offerSchema = z.object({
  conditions: text(2000, 'The conditions'),
  note: text(1000, 'Your message'),
});
export type OfferInput = z.infer<typeof offerSchema>;

export const turnDownSchema = z.object({
  reason: text(2000, 'The reason').min(1, 'Tell them why, in plain words. They will see this.'),
});
export type TurnDownInput = z.infer<typeof turnDownSchema>;

/** An adviser records what happened: no-show at interview, or did not start. */
export const adviserOutcomeSchema = z.object({
  applicationId: z.uuid(),
  youngPersonId: z.uuid(),
  outcome: z.enum(['no_show', 'did_not_enrol']),
});
export type AdviserOutcomeInput = z.infer<typeof adviserOutcomeSchema>;
