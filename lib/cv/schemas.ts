import { formText } from '@/lib/forms/form-state';
import { z } from 'zod';
import { isUuid } from '@/lib/media/keys';
import { CV_SECTIONS, type CvSection } from './sections';

const SECTION_VALUES = CV_SECTIONS.map((info) => info.section) as [CvSection, ...CvSection[]];

/** "2026-05-01", a real day, and not in the future. */
function isPastOrTodayDate(value: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value <= today && value >= '1990-01-01';
}

/**
 * One CV item from the add or edit form. Skills are slugs picked from picture cards; the caller checks
 * them against the skills table. `mediaId` is a file the recorder already uploaded.
 */
export function portfolioItemSchema(today: string, skillSlugs: readonly string[]) {
  return z.object({
    section: z.enum(SECTION_VALUES, { error: 'Choose a part of your CV' }),
    title: z.string().trim().min(1, 'Give it a short title').max(120, 'The title must be 120 letters or fewer'),
    body: z.string().trim().max(2000, 'Tell us in 2000 letters or fewer').default(''),
    happenedOn: z
      .string()
      .trim()
      .refine((value) => value === '' || isPastOrTodayDate(value, today), 'Enter a real date that is today or in the past'),
    place: z.string().trim().max(120, 'The place must be 120 letters or fewer').default(''),
    grade: z.string().trim().max(60, 'The grade must be 60 letters or fewer').default(''),
    skills: z.array(z.string()).transform((values) => [...new Set(values.filter((value) => skillSlugs.includes(value)))]),
    visibility: z.enum(['private', 'on_cv']).catch('private'),
    mediaId: z
      .string()
      .trim()
      .refine((value) => value === '' || isUuid(value))
      .catch(''),
    transcript: z.string().trim().max(10000, 'The words must be 10000 letters or fewer').default(''),
  });
}
export type PortfolioItemInput = z.infer<ReturnType<typeof portfolioItemSchema>>;

/** The plain text fields the item form sends, for putting them back after a failed submit. */
export const PORTFOLIO_ITEM_FIELDS = ['section', 'title', 'body', 'happenedOn', 'place', 'grade', 'visibility', 'mediaId', 'transcript'];

/** Reads the item form into the shape the schema checks (skills come as repeated fields). */
export function portfolioItemFormValues(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = Object.fromEntries(
    PORTFOLIO_ITEM_FIELDS.map((field) => [field, formText(formData, field)]),
  );
  values.skills = formData.getAll('skills').map(String);
  return values;
}

const uuidText = z.string().refine((value) => isUuid(value));

/** An adviser writing the words for a voice note or video on a young person's CV. */
export const staffTranscriptSchema = z.object({
  youngPersonId: uuidText,
  mediaId: uuidText,
  transcript: z
    .string()
    .trim()
    .min(1, 'Write the words they say')
    .max(10000, 'The words must be 10000 letters or fewer'),
});
export type StaffTranscriptInput = z.infer<typeof staffTranscriptSchema>;
