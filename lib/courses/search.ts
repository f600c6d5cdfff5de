import { z } from 'zod';
import { withoutControlCharacters } from '@/lib/security/clean-text';
import { isPlainLevel, type PlainLevel } from './levels';

/** Distances people can choose, in miles. */
export const DISTANCE_CHOICES = [1, 3, 5, 10, 20] as const;
export const DEFAULT_DISTANCE = 10;

export const LENSES = {
  practical: { label: 'I like working with my hands', short: 'Hands-on' },
  creative: { label: 'I like making things', short: 'Creative' },
  social: { label: 'I like helping people', short: 'Helping people' },
} as const;
export type Lens = keyof typeof LENSES;

export const AGE_GROUPS = {
  age_14_16: 'Age 14 to 16',
  age_16_19: 'Age 16 to 19',
  age_19_25: 'Age 19 to 25',
} as const;
export type AgeGroup = keyof typeof AGE_GROUPS;

export const START_CHOICES = {
  'within-3-months': { label: 'In the next 3 months', months: 3 },
  'within-6-months': { label: 'In the next 6 months', months: 6 },
  'within-a-year': { label: 'In the next year', months: 12 },
} as const;
export type StartChoice = keyof typeof START_CHOICES;

export const SORT_CHOICES = { best: 'Best match', distance: 'Nearest first', start: 'Starting soonest' } as const;
export type SortChoice = keyof typeof SORT_CHOICES;

export type CourseFilters = {
  q?: string;
  area?: string;
  subject?: string;
  lens?: Lens;
  level?: PlainLevel;
  mode?: 'full_time' | 'part_time';
  age?: AgeGroup;
  starts?: StartChoice;
  postcode?: string;
  distance: number;
  noQualifications: boolean;
  sort: SortChoice;
  page: number;
};

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]).optional().catch(undefined);
// Control characters (a null byte breaks a PostgreSQL query) go before anything reads the value.
const first = (value: unknown) => withoutControlCharacters(Array.isArray(value) ? value[0] : value);

/**
 * Reads the course search from URL parameters. Lenient on purpose: a link someone shared with an old or
 * mistyped filter still shows results (the bad filter is ignored). Only the postcode is checked separately,
 * because the person typed it and needs to be told if it is wrong.
 */
const courseSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((value) => value || undefined),
  area: slug.optional().catch(undefined),
  subject: slug.optional().catch(undefined),
  lens: oneOf(Object.keys(LENSES) as Lens[]),
  level: z.string().optional().catch(undefined).transform((value) => (isPlainLevel(value) ? value : undefined)),
  mode: oneOf(['full_time', 'part_time'] as const),
  age: oneOf(Object.keys(AGE_GROUPS) as AgeGroup[]),
  starts: oneOf(Object.keys(START_CHOICES) as StartChoice[]),
  postcode: z.string().trim().max(10).optional().catch(undefined).transform((value) => value || undefined),
  distance: z.coerce
    .number()
    .optional()
    .catch(undefined)
    .transform((value) => ((DISTANCE_CHOICES as readonly number[]).includes(value ?? NaN) ? value! : DEFAULT_DISTANCE)),
  noQualifications: z.string().optional().catch(undefined).transform((value) => value === 'yes'),
  sort: oneOf(Object.keys(SORT_CHOICES) as SortChoice[]).transform((value) => value ?? 'best'),
  page: z.coerce.number().int().min(1).max(500).optional().catch(undefined).transform((value) => value ?? 1),
});

export function parseCourseSearch(params: Record<string, string | string[] | undefined>): CourseFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)]));
  return courseSearchSchema.parse(flat) as CourseFilters;
}

/** Whether the person has asked for anything yet (otherwise the page shows the picture grid only). */
export function hasAnyFilter(filters: CourseFilters): boolean {
  return Boolean(
    filters.q || filters.area || filters.subject || filters.lens || filters.level || filters.mode || filters.age ||
      filters.starts || filters.postcode || filters.noQualifications,
  );
}

/** The URL for a search, keeping only what is set, so links are short and shareable. */
export function courseSearchHref(filters: Partial<CourseFilters>, changes: Partial<CourseFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === false || value === '') return;
    params.set(key, value === true ? 'yes' : String(value));
  };
  set('q', merged.q);
  set('area', merged.area);
  set('subject', merged.subject);
  set('lens', merged.lens);
  set('level', merged.level);
  set('mode', merged.mode);
  set('age', merged.age);
  set('starts', merged.starts);
  set('postcode', merged.postcode);
  if (merged.postcode && merged.distance !== undefined && merged.distance !== DEFAULT_DISTANCE) set('distance', merged.distance);
  set('noQualifications', merged.noQualifications);
  if (merged.sort && merged.sort !== 'best') set('sort', merged.sort);
  if (merged.page && merged.page > 1) set('page', merged.page);
  const query = params.toString();
  return query ? `/courses?${query}` : '/courses';
}
