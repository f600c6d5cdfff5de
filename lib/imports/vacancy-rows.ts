import type { z } from 'zod';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { changedFields, type FieldChange } from '@/lib/manage/changes';
import type { WageRates } from '@/lib/vacancies/wages';
import { storedVacancyFields, type StoredVacancyFields, vacancySchema, type VacancyInput } from '@/lib/vacancies/posting';
import { type CsvRow, matchRowsByReference, type RowError } from './csv';
import { exampleDates, withExampleDates } from './example-dates';

// Employer staff import vacancies from a CSV file (decision 024). Each row is checked with the vacancy form's
// own schema (pay at least the legal minimum, closing date in the future, a real postcode…), then compared
// with the employer's vacancies by the employer's own reference: a new reference posts, a known one updates.

export const VACANCY_COLUMNS = [
  { name: 'reference', isRequired: true, example: 'PMG-APP-1', guide: 'Your own code for the vacancy. Keep it the same each time, so we update it and never post it twice.' },
  { name: 'title', isRequired: true, example: 'Apprentice mechanic', guide: 'The job title.' },
  { name: 'type', isRequired: true, example: 'apprenticeship', guide: 'job, apprenticeship, training_place, work_experience or volunteering.' },
  { name: 'category', isRequired: true, example: 'car-repair', guide: 'The kind of work, from the list below.' },
  { name: 'summary', isRequired: true, example: 'Learn to service and fix cars with our friendly team.', guide: 'What the job is, in plain words. Up to 600 letters.' },
  { name: 'what_youll_do', isRequired: false, example: 'Check tyres and brakes. Change oil.', guide: 'What they will do each day.' },
  { name: 'pay_type', isRequired: true, example: 'hour', guide: 'hour, week or year (an amount), minimum (the legal minimum for their age), allowance (a week) or unpaid.' },
  { name: 'pay', isRequired: false, example: '8.00', guide: 'The pay in pounds, like 8.00. Empty for minimum or unpaid.' },
  { name: 'hours_per_week', isRequired: true, example: '37.5', guide: 'Hours a week, like 37.5 (48 at most).' },
  { name: 'postcode', isRequired: true, example: 'HX1 2SP', guide: 'The full postcode of the workplace.' },
  { name: 'town', isRequired: true, example: 'Halifax', guide: 'The town or village.' },
  { name: 'closing_date', isRequired: true, example: '2027-03-31', guide: 'The last day to apply, like 2027-03-31. It must be in the future.' },
  { name: 'places', isRequired: false, example: '2', guide: 'How many places. Empty means open-ended.' },
  { name: 'no_experience_needed', isRequired: false, example: 'yes', guide: 'yes if they need no experience. Empty means no.' },
  { name: 'no_qualifications_needed', isRequired: false, example: 'yes', guide: 'yes if they need no exams passed. Empty means no.' },
  { name: 'questions', isRequired: false, example: 'Why do you like cars? | When can you start?', guide: 'Up to 3 questions for applicants. Put | between them.' },
  { name: 'voice_and_video_answers', isRequired: false, example: 'yes', guide: 'yes if they may answer by voice or video. Empty means no.' },
] as const;

export type VacancyColumn = (typeof VACANCY_COLUMNS)[number]['name'];
export const VACANCY_COLUMN_NAMES: readonly string[] = VACANCY_COLUMNS.map((column) => column.name);
export const REQUIRED_VACANCY_COLUMNS: readonly string[] = VACANCY_COLUMNS.filter((column) => column.isRequired).map((column) => column.name);

const COLUMN_OF_FIELD: Record<string, VacancyColumn> = {
  title: 'title',
  type: 'type',
  categoryId: 'category',
  summary: 'summary',
  whatYoullDo: 'what_youll_do',
  wageChoice: 'pay_type',
  wage: 'pay',
  wagePence: 'pay',
  wageUnit: 'pay_type',
  isMinimumWageForAge: 'pay_type',
  hoursPerWeek: 'hours_per_week',
  hoursType: 'hours_per_week',
  postcode: 'postcode',
  town: 'town',
  closesOn: 'closing_date',
  places: 'places',
  isNoExperienceNeeded: 'no_experience_needed',
  isNoQualificationsNeeded: 'no_qualifications_needed',
  questions: 'questions',
  acceptsVoiceAndVideo: 'voice_and_video_answers',
};

/** The column a changed field came from, to say what an update changes in the words of the file. */
export function vacancyColumnOfField(field: string): string {
  return COLUMN_OF_FIELD[field] ?? field;
}

/** What checking a row needs from the database: the kinds of work and where each postcode in the file is. */
export type VacancyImportContext = {
  categories: { id: string; slug: string; name: string }[];
  /** Postcodes found on the map, by the normalised postcode ("HX1 2SP"). */
  points: Record<string, { latitude: number; longitude: number }>;
  /** Today in London, yyyy-mm-dd. */
  today: string;
  /** The employer's area's minimum wage rates (council settings); the code's defaults when left out. */
  wageRates?: WageRates;
};

export type VacancyImportValues = { externalRef: string; input: VacancyInput; point: { latitude: number; longitude: number } };

const UNKNOWN_POSTCODE = 'We cannot find that postcode. Check it, or use the postcode of your main site';

function yesNo(value: string): string {
  return ['yes', 'y', 'true', '1'].includes(value.trim().toLowerCase()) ? 'yes' : '';
}
function choiceWord(value: string): string {
  return value.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The normalised postcode a row's postcode cell means, to look it up once per file. Null when it is not one. */
export function postcodeOfRow(row: CsvRow): string | null {
  const parsed = parsePostcodeQuery(row.cells.postcode ?? '');
  return parsed?.kind === 'postcode' ? parsed.postcode : null;
}

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Checks one row with the vacancy form's schema and the database's facts: its values, or every problem in it. */
export function validateVacancyRow(row: CsvRow, context: VacancyImportContext): { values: VacancyImportValues } | { errors: RowError[] } {
  const cell = (column: VacancyColumn) => row.cells[column] ?? '';
  const errors: RowError[] = [];
  const reference = cell('reference').trim();
  if (reference === '') errors.push({ row: row.row, column: 'reference', message: 'Enter your reference for the vacancy, like PMG-APP-1' });
  else if (reference.length > 50) errors.push({ row: row.row, column: 'reference', message: 'The reference must be 50 letters or fewer' });
  else if (!REFERENCE.test(reference)) errors.push({ row: row.row, column: 'reference', message: 'Use only letters, numbers, dashes, dots and slashes in the reference' });

  const categoryWord = cell('category').trim().toLowerCase();
  const category = context.categories.find((each) => each.slug === categoryWord || each.name.toLowerCase() === categoryWord);
  if (!category) errors.push({ row: row.row, column: 'category', message: categoryWord === '' ? 'Enter the kind of work, from the list on this page' : `“${cell('category')}” is not in the list of kinds of work on this page` });

  const parsed = vacancySchema(context.today, context.wageRates).safeParse({
    title: cell('title'),
    type: choiceWord(cell('type')),
    // The kind of work is checked above by name; the form's own check still needs an id.
    categoryId: category?.id ?? '00000000-0000-4000-8000-000000000000',
    summary: cell('summary'),
    whatYoullDo: cell('what_youll_do'),
    wageChoice: choiceWord(cell('pay_type')),
    wage: cell('pay'),
    hoursPerWeek: cell('hours_per_week'),
    postcode: cell('postcode'),
    town: cell('town'),
    closesOn: cell('closing_date'),
    places: cell('places'),
    isNoExperienceNeeded: yesNo(cell('no_experience_needed')),
    isNoQualificationsNeeded: yesNo(cell('no_qualifications_needed')),
    questions: cell('questions').split('|').join('\n'),
    acceptsVoiceAndVideo: yesNo(cell('voice_and_video_answers')),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues as z.core.$ZodIssue[]) {
      const column = vacancyColumnOfField(String(issue.path[0]));
      if (!errors.some((error) => error.column === column)) errors.push({ row: row.row, column, message: issue.message });
    }
  }
  const postcode = postcodeOfRow(row);
  const point = postcode ? context.points[postcode] : undefined;
  if (postcode && !point && !errors.some((error) => error.column === 'postcode')) errors.push({ row: row.row, column: 'postcode', message: UNKNOWN_POSTCODE });

  if (errors.length > 0 || !parsed.success || !point) {
    return { errors: errors.sort((a, b) => VACANCY_COLUMN_NAMES.indexOf(a.column) - VACANCY_COLUMN_NAMES.indexOf(b.column)) };
  }
  return { values: { externalRef: reference, input: parsed.data, point } };
}

/** One of the employer's vacancies that has a reference, as the import compares it. */
export type ExistingImportedVacancy = { id: string; externalRef: string; questions: string[]; closesOn: string | null } & Omit<StoredVacancyFields, 'closesOn'>;

export type PlannedVacancy = {
  row: number;
  values: VacancyImportValues;
  action: 'add' | 'update' | 'same';
  vacancyId: string | null;
  changes: Record<string, FieldChange>;
};

export type VacancyImportPlan = { vacancies: PlannedVacancy[]; errors: RowError[] };

/** Checks every row and compares it with the employer's vacancies by reference (see planCourseImport). */
export function planVacancyImport(rows: CsvRow[], existing: ExistingImportedVacancy[], context: VacancyImportContext): VacancyImportPlan {
  const { matched, errors } = matchRowsByReference({ rows, existing, validate: (row) => validateVacancyRow(row, context), thing: 'vacancy' });
  const vacancies = matched.map(({ row, values, before }): PlannedVacancy => {
    if (!before) return { row, values, action: 'add', vacancyId: null, changes: {} };
    const changes = changedFields<Record<string, unknown>>(before, { ...storedVacancyFields(values.input), questions: values.input.questions });
    return { row, values, action: Object.keys(changes).length > 0 ? 'update' : 'same', vacancyId: before.id, changes };
  });
  errors.sort((a, b) => a.row - b.row);
  return { vacancies, errors };
}

/** The columns as the import page shows them on `today`: the example closing date is always still to come. */
export function vacancyColumnsOn(today: string) {
  return withExampleDates(VACANCY_COLUMNS, { closing_date: exampleDates(today).closingDate });
}

/** The template file on `today`: the header row and one example row. */
export function vacancyTemplateRows(today: string): string[][] {
  const columns = vacancyColumnsOn(today);
  return [columns.map((column) => column.name), columns.map((column) => column.example)];
}

/**
 * The employer's vacancies still open to applications (closing today or later), as a file in the template's
 * columns to change and upload again. Each carries its reference, or its Next Steps one (`referenceOf`).
 */
export function vacancyExportRows(existing: readonly ExistingImportedVacancy[], context: Pick<VacancyImportContext, 'categories' | 'today'>): string[][] {
  const slugOf = new Map(context.categories.map((category) => [category.id, category.slug]));
  const yes = (value: boolean) => (value ? 'yes' : '');
  const rows = existing
    .filter((vacancy) => vacancy.closesOn !== null && vacancy.closesOn >= context.today)
    .map((vacancy): Record<string, string> => ({
      reference: vacancy.externalRef,
      title: vacancy.title,
      type: vacancy.type,
      category: slugOf.get(vacancy.categoryId) ?? '',
      summary: vacancy.summary,
      what_youll_do: vacancy.whatYoullDo,
      pay_type: vacancy.isMinimumWageForAge ? 'minimum' : vacancy.wageUnit,
      pay: vacancy.isMinimumWageForAge || vacancy.wagePence === null ? '' : (vacancy.wagePence / 100).toFixed(2),
      hours_per_week: vacancy.hoursPerWeek,
      postcode: vacancy.postcode,
      town: vacancy.town,
      closing_date: vacancy.closesOn ?? '',
      places: vacancy.places === null ? '' : String(vacancy.places),
      no_experience_needed: yes(vacancy.isNoExperienceNeeded),
      no_qualifications_needed: yes(vacancy.isNoQualificationsNeeded),
      questions: vacancy.questions.join(' | '),
      voice_and_video_answers: yes(vacancy.acceptsVoiceAndVideo),
    }));
  return [VACANCY_COLUMNS.map((column) => column.name), ...rows.map((cells) => VACANCY_COLUMNS.map((column) => cells[column.name] ?? ''))];
}
