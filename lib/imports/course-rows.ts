import { z } from 'zod';
import { changedFields, type FieldChange } from '@/lib/manage/changes';
import { courseDetailsSchema, courseRunDatesSchema } from '@/lib/manage/provider-schemas';
import { type CsvRow, matchRowsByReference, type RowError } from './csv';
import { exampleDates, withExampleDates } from './example-dates';

// Provider staff import courses (and one start date each) from a CSV file (decision 024). Each row is checked
// with the same schemas as the course form and the start date form, then compared with the provider's courses
// by the provider's own reference: a new reference adds a course, a known one updates it.

export const COURSE_LEVELS = ['entry', 'level_1', 'level_2', 'level_3', 'level_4'] as const;
export const STUDY_MODES = ['full_time', 'part_time'] as const;
export const AGE_GROUPS = ['age_14_16', 'age_16_19', 'age_19_25'] as const;

/** The template's columns, in order, with the field guide shown on the import page. */
export const COURSE_COLUMNS = [
  { name: 'reference', isRequired: true, example: 'CVC-PLUMB-1', guide: 'Your own code for the course. Keep it the same each time, so we update the course and never add it twice.' },
  { name: 'title', isRequired: true, example: 'Plumbing Level 1', guide: 'The name of the course.' },
  { name: 'category', isRequired: true, example: 'plumbing', guide: 'The kind of work it leads to, from the list below.' },
  { name: 'level', isRequired: true, example: 'level_1', guide: 'entry, level_1, level_2, level_3 or level_4.' },
  { name: 'mode', isRequired: true, example: 'full_time', guide: 'full_time or part_time.' },
  { name: 'method', isRequired: true, example: 'classroom', guide: 'classroom, work_based, online or mixed.' },
  { name: 'age_group', isRequired: true, example: '16_19', guide: '14_16, 16_19 or 19_25.' },
  { name: 'apprenticeship', isRequired: false, example: 'no', guide: 'yes if it is an apprenticeship. Empty means no.' },
  { name: 'summary', isRequired: true, example: 'Learn to fit pipes, taps and toilets in our workshop.', guide: 'What the course is, in plain words. Up to 600 letters.' },
  { name: 'entry_requirements', isRequired: false, example: 'No exams needed. A short chat with a tutor.', guide: 'What you need to start.' },
  { name: 'no_qualifications_needed', isRequired: false, example: 'yes', guide: 'yes if you can start with no exams passed. Empty means no.' },
  { name: 'duration', isRequired: true, example: '1 year', guide: 'How long it lasts, like 1 year.' },
  { name: 'cost', isRequired: false, example: 'Free if you are under 19.', guide: 'Cost and help with money.' },
  { name: 'start_date', isRequired: false, example: '2027-09-06', guide: 'The next start date, like 2027-09-06. Leave the four start date columns empty if there is none.' },
  { name: 'apply_by', isRequired: false, example: '2027-06-30', guide: 'The last day to apply. Empty means no closing date.' },
  { name: 'places', isRequired: false, example: '20', guide: 'How many places. Empty means no limit.' },
  { name: 'site', isRequired: false, example: 'Main campus', guide: 'Where it starts: the name of one of your sites. Needed if you have more than one site.' },
] as const;

export type CourseColumn = (typeof COURSE_COLUMNS)[number]['name'];
export const COURSE_COLUMN_NAMES: readonly string[] = COURSE_COLUMNS.map((column) => column.name);
export const REQUIRED_COURSE_COLUMNS: readonly string[] = COURSE_COLUMNS.filter((column) => column.isRequired).map((column) => column.name);

/** Which column each form field comes from, so an error names the column the person can see. */
const COLUMN_OF_FIELD: Record<string, CourseColumn> = {
  externalRef: 'reference',
  title: 'title',
  category: 'category',
  level: 'level',
  mode: 'mode',
  method: 'method',
  ageGroup: 'age_group',
  isApprenticeship: 'apprenticeship',
  summary: 'summary',
  entryRequirements: 'entry_requirements',
  isNoQualificationsNeeded: 'no_qualifications_needed',
  durationText: 'duration',
  cost: 'cost',
  startsOn: 'start_date',
  applyBy: 'apply_by',
  places: 'places',
  site: 'site',
};

/** The column a changed field came from, to say what an update changes in the words of the file. */
export function columnOfField(field: string): string {
  return COLUMN_OF_FIELD[field] ?? field;
}

/** What the import needs from the database to check a row: the kinds of work, and the provider's sites. */
export type CourseImportContext = {
  categories: { id: string; slug: string; name: string }[];
  sites: { id: string; name: string }[];
  /** Today in London, yyyy-mm-dd: start dates before it are refused. */
  today: string;
};

export type CourseImportValues = {
  externalRef: string;
  course: {
    title: string;
    categoryId: string;
    level: (typeof COURSE_LEVELS)[number];
    mode: (typeof STUDY_MODES)[number];
    method: z.infer<typeof courseDetailsSchema>['method'];
    ageGroup: (typeof AGE_GROUPS)[number];
    isApprenticeship: boolean;
    summary: string;
    entryRequirements: string;
    isNoQualificationsNeeded: boolean;
    durationText: string;
    cost: string;
  };
  run: { siteId: string; startsOn: string; applyBy: string | null; places: number | null } | null;
};


/** "Level 2", "level-2" and "LEVEL_2" all mean level_2; "16-19" means age_16_19. */
function choiceWord(value: string): string {
  return value.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
function yesNo(value: string): string {
  return ['yes', 'y', 'true', '1'].includes(value.trim().toLowerCase()) ? 'yes' : '';
}

const importOnlyFields = z.object({
  externalRef: z
    .string()
    .trim()
    .min(1, 'Enter your reference for the course, like CVC-PLUMB-1')
    .max(50, 'The reference must be 50 letters or fewer')
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'Use only letters, numbers, dashes, dots and slashes in the reference'),
  title: z.string().trim().min(1, 'Enter the name of the course').max(120, 'The name must be 120 letters or fewer'),
  level: z.enum(COURSE_LEVELS, { message: 'Enter the level: entry, level_1, level_2, level_3 or level_4' }),
  mode: z.enum(STUDY_MODES, { message: 'Enter full_time or part_time' }),
  ageGroup: z.enum(AGE_GROUPS, { message: 'Enter the age group: 14_16, 16_19 or 19_25' }),
  isApprenticeship: z.string().transform((value) => value === 'yes'),
});

/** The course form's own schema with the fields only a new course needs (decision 024: reuse, never copy). */
const courseImportSchema = courseDetailsSchema.extend(importOnlyFields.shape);

/** Checks one row against the course form's rules and the provider's data: its values, or every problem in it. */
export function validateCourseRow(row: CsvRow, context: CourseImportContext): { values: CourseImportValues } | { errors: RowError[] } {
  const cell = (column: CourseColumn) => row.cells[column] ?? '';
  const errors: RowError[] = [];
  const addIssues = (issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      const column = COLUMN_OF_FIELD[String(issue.path[0])] ?? 'reference';
      if (!errors.some((error) => error.column === column)) errors.push({ row: row.row, column, message: issue.message });
    }
  };

  const ageWord = choiceWord(cell('age_group'));
  const parsed = courseImportSchema.safeParse({
    externalRef: cell('reference'),
    title: cell('title'),
    level: choiceWord(cell('level')),
    mode: choiceWord(cell('mode')),
    method: choiceWord(cell('method')),
    ageGroup: /^\d/.test(ageWord) ? `age_${ageWord}` : ageWord,
    isApprenticeship: yesNo(cell('apprenticeship')),
    summary: cell('summary'),
    entryRequirements: cell('entry_requirements'),
    isNoQualificationsNeeded: yesNo(cell('no_qualifications_needed')),
    durationText: cell('duration'),
    cost: cell('cost'),
  });
  if (!parsed.success) addIssues(parsed.error.issues);

  const categoryWord = cell('category').trim().toLowerCase();
  const category = context.categories.find((each) => each.slug === categoryWord || each.name.toLowerCase() === categoryWord);
  if (!category) errors.push({ row: row.row, column: 'category', message: categoryWord === '' ? 'Enter the kind of work, from the list on this page' : `“${cell('category')}” is not in the list of kinds of work on this page` });

  let run: CourseImportValues['run'] = null;
  const hasRun = ['start_date', 'apply_by', 'places', 'site'].some((column) => cell(column as CourseColumn) !== '');
  if (hasRun) {
    const dates = courseRunDatesSchema.safeParse({ startsOn: cell('start_date'), applyBy: cell('apply_by'), places: cell('places') });
    if (!dates.success) addIssues(dates.error.issues);
    else if (dates.data.startsOn < context.today) errors.push({ row: row.row, column: 'start_date', message: 'The start date must be today or later' });
    const siteWord = cell('site').trim().toLowerCase();
    const site = siteWord === '' ? (context.sites.length === 1 ? context.sites[0] : undefined) : context.sites.find((each) => each.name.toLowerCase() === siteWord);
    if (!site) {
      const names = context.sites.map((each) => each.name).join(', ');
      errors.push({ row: row.row, column: 'site', message: siteWord === '' ? `Enter the site where it starts: ${names}` : `Enter one of your sites: ${names}` });
    }
    if (dates.success && site) run = { siteId: site.id, ...dates.data };
  }

  if (errors.length > 0 || !parsed.success || !category) {
    return { errors: errors.sort((a, b) => COURSE_COLUMN_NAMES.indexOf(a.column) - COURSE_COLUMN_NAMES.indexOf(b.column)) };
  }
  const { externalRef, ...details } = parsed.data;
  const { title, level, mode, ageGroup, isApprenticeship, summary, entryRequirements, isNoQualificationsNeeded, method, durationText, cost } = details;
  return {
    values: {
      externalRef,
      course: { title, categoryId: category.id, level, mode, method, ageGroup, isApprenticeship, summary, entryRequirements, isNoQualificationsNeeded, durationText, cost },
      run,
    },
  };
}

/** One of the provider's courses that has a reference, as the import compares it. */
export type ExistingImportedCourse = { id: string; externalRef: string } & CourseImportValues['course'] & {
    runs: { id: string; siteId: string; startsOn: string; applyBy: string | null; places: number | null }[];
  };

export type PlannedCourse = {
  row: number;
  values: CourseImportValues;
  /** add: a new course; update: changes to a course; same: nothing to change. */
  action: 'add' | 'update' | 'same';
  courseId: string | null;
  changes: Record<string, FieldChange>;
  /** The start date: a new run, changes to the run that starts that day at that site, or none. */
  run: { action: 'add' } | { action: 'update'; runId: string; changes: Record<string, FieldChange> } | null;
};

export type CourseImportPlan = { courses: PlannedCourse[]; errors: RowError[] };

/**
 * Checks every row and compares it with the provider's courses by reference. A reference used twice in the
 * file is an error on the later row. Nothing here writes: the same plan is made for the preview and again
 * on confirm, so what is saved always matches the database at that moment.
 */
export function planCourseImport(rows: CsvRow[], existing: ExistingImportedCourse[], context: CourseImportContext): CourseImportPlan {
  const { matched, errors } = matchRowsByReference({ rows, existing, validate: (row) => validateCourseRow(row, context), thing: 'course' });
  const courses = matched.map(({ row, values, before }): PlannedCourse => {
    if (!before) return { row, values, action: 'add', courseId: null, changes: {}, run: values.run ? { action: 'add' } : null };
    const changes = changedFields<Record<string, unknown>>(before, values.course);
    let run: PlannedCourse['run'] = null;
    if (values.run) {
      const { siteId, startsOn, applyBy, places } = values.run;
      const match = before.runs.find((each) => each.siteId === siteId && each.startsOn === startsOn);
      if (!match) run = { action: 'add' };
      else {
        const runChanges = changedFields({ applyBy: match.applyBy, places: match.places }, { applyBy, places });
        if (Object.keys(runChanges).length > 0) run = { action: 'update', runId: match.id, changes: runChanges };
      }
    }
    const isSame = Object.keys(changes).length === 0 && run === null;
    return { row, values, action: isSame ? 'same' : 'update', courseId: before.id, changes, run };
  });
  errors.sort((a, b) => a.row - b.row);
  return { courses, errors };
}

/** The columns as the import page shows them on `today`: the example dates are always still to come. */
export function courseColumnsOn(today: string) {
  const { startDate, applyBy } = exampleDates(today);
  return withExampleDates(COURSE_COLUMNS, { start_date: startDate, apply_by: applyBy });
}

/** The template file on `today`: the header row and one example row. */
export function courseTemplateRows(today: string): string[][] {
  const columns = courseColumnsOn(today);
  return [columns.map((column) => column.name), columns.map((column) => column.example)];
}

/**
 * The provider's courses as a file in the template's columns, to change in a spreadsheet and upload again:
 * one row per course (a reference may be on one row only), with its next start date from today on, or the
 * start date columns empty. Other start dates are not in the file, and an upload never removes them.
 * Each row carries the course's reference, or its Next Steps one (`referenceOf`), so the upload updates it.
 */
export function courseExportRows(existing: readonly ExistingImportedCourse[], context: CourseImportContext): string[][] {
  const slugOf = new Map(context.categories.map((category) => [category.id, category.slug]));
  const siteOf = new Map(context.sites.map((site) => [site.id, site.name]));
  const yes = (value: boolean) => (value ? 'yes' : '');
  const rows = existing.map((course) => {
    const cells: Record<string, string> = {
      reference: course.externalRef,
      title: course.title,
      category: slugOf.get(course.categoryId) ?? '',
      level: course.level,
      mode: course.mode,
      method: course.method,
      age_group: course.ageGroup.replace(/^age_/, ''),
      apprenticeship: yes(course.isApprenticeship),
      summary: course.summary,
      entry_requirements: course.entryRequirements,
      no_qualifications_needed: yes(course.isNoQualificationsNeeded),
      duration: course.durationText,
      cost: course.cost,
    };
    const [next] = course.runs.filter((run) => run.startsOn >= context.today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    if (!next) return cells;
    return {
      ...cells,
      start_date: next.startsOn,
      apply_by: next.applyBy ?? '',
      places: next.places === null ? '' : String(next.places),
      site: siteOf.get(next.siteId) ?? '',
    };
  });
  return [COURSE_COLUMNS.map((column) => column.name), ...rows.map((cells) => COURSE_COLUMNS.map((column) => cells[column.name] ?? ''))];
}
