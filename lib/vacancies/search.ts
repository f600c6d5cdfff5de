import { z } from 'zod';
import { withoutControlCharacters } from '@/lib/security/clean-text';
import { toWageAge } from './wages';

/** Distances people can choose, in miles (the same choices as the course search). */
export const DISTANCE_CHOICES = [1, 3, 5, 10, 20] as const;
export const DEFAULT_DISTANCE = 10;

/** "Closing soon" means closing within this many days. */
export const CLOSING_SOON_DAYS = 14;

export const VACANCY_TYPES = ['job', 'apprenticeship', 'training_place', 'work_experience', 'volunteering'] as const;
export type VacancyType = (typeof VACANCY_TYPES)[number];

export const HOURS_CHOICES = { full_time: 'Full time', part_time: 'Part time' } as const;
export type HoursChoice = keyof typeof HOURS_CHOICES;

export const SORT_CHOICES = { best: 'Best match', distance: 'Nearest first', closing: 'Closing soonest' } as const;
export type SortChoice = keyof typeof SORT_CHOICES;

export type VacancyFilters = {
  q?: string;
  /** An area of work (level-1 category slug). */
  area?: string;
  /** A kind of work (level-2 category slug). */
  kind?: string;
  type?: VacancyType;
  noExperience: boolean;
  noQualifications: boolean;
  hours?: HoursChoice;
  closingSoon: boolean;
  /** The person's age, only for showing the wage they would get. */
  age?: number;
  postcode?: string;
  distance: number;
  sort: SortChoice;
  page: number;
};

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]).optional().catch(undefined);
const yes = z.string().optional().catch(undefined).transform((value) => value === 'yes');
// Control characters (a null byte breaks a PostgreSQL query) go before anything reads the value.
const first = (value: unknown) => withoutControlCharacters(Array.isArray(value) ? value[0] : value);

/**
 * Reads the vacancy search from URL parameters. Lenient on purpose, like the course search: a shared link
 * with an old or mistyped filter still shows results (the bad filter is ignored). Only the postcode is
 * checked separately, because the person typed it and needs to be told if it is wrong.
 */
const vacancySearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((value) => value || undefined),
  area: slug.optional().catch(undefined),
  kind: slug.optional().catch(undefined),
  type: oneOf(VACANCY_TYPES),
  noExperience: yes,
  noQualifications: yes,
  hours: oneOf(Object.keys(HOURS_CHOICES) as HoursChoice[]),
  closingSoon: yes,
  age: z.unknown().optional().transform((value) => toWageAge(value)),
  postcode: z.string().trim().max(10).optional().catch(undefined).transform((value) => value || undefined),
  distance: z.coerce
    .number()
    .optional()
    .catch(undefined)
    .transform((value) => ((DISTANCE_CHOICES as readonly number[]).includes(value ?? NaN) ? value! : DEFAULT_DISTANCE)),
  sort: oneOf(Object.keys(SORT_CHOICES) as SortChoice[]).transform((value) => value ?? 'best'),
  page: z.coerce.number().int().min(1).max(500).optional().catch(undefined).transform((value) => value ?? 1),
});

export function parseVacancySearch(params: Record<string, string | string[] | undefined>): VacancyFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)]));
  return vacancySearchSchema.parse(flat) as VacancyFilters;
}

/**
 * Whether the person has asked for anything yet (otherwise the page shows the picture cards only). The age
 * and sort alone are not a search: they only change how results are shown.
 */
export function hasAnyFilter(filters: VacancyFilters): boolean {
  return Boolean(
    filters.q ||
      filters.area ||
      filters.kind ||
      filters.type ||
      filters.noExperience ||
      filters.noQualifications ||
      filters.hours ||
      filters.closingSoon ||
      filters.postcode,
  );
}

/** The URL for a search, keeping only what is set, so links are short and shareable. */
export function vacancySearchHref(filters: Partial<VacancyFilters>, changes: Partial<VacancyFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === false || value === '') return;
    params.set(key, value === true ? 'yes' : String(value));
  };
  set('q', merged.q);
  set('area', merged.area);
  set('kind', merged.kind);
  set('type', merged.type);
  set('noExperience', merged.noExperience);
  set('noQualifications', merged.noQualifications);
  set('hours', merged.hours);
  set('closingSoon', merged.closingSoon);
  set('age', merged.age);
  set('postcode', merged.postcode);
  if (merged.postcode && merged.distance !== undefined && merged.distance !== DEFAULT_DISTANCE) set('distance', merged.distance);
  if (merged.sort && merged.sort !== 'best') set('sort', merged.sort);
  if (merged.page && merged.page > 1) set('page', merged.page);
  const query = params.toString();
  return query ? `/vacancies?${query}` : '/vacancies';
}

/** Vacancy ids are uuids: anything else is not a vacancy, and is answered with not-found before any query. */
export function isVacancyId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A vacancy's page, carrying the age and postcode from the search so it shows the same pay and distance. */
export function vacancyHref(id: string, context: Pick<Partial<VacancyFilters>, 'age' | 'postcode'> = {}): string {
  const params = new URLSearchParams();
  if (context.age !== undefined) params.set('age', String(context.age));
  if (context.postcode) params.set('postcode', context.postcode);
  const query = params.toString();
  return query ? `/vacancies/${id}?${query}` : `/vacancies/${id}`;
}
