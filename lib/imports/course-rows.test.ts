import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COURSE_COLUMN_NAMES,
  COURSE_COLUMNS,
  courseExportRows,
  courseTemplateRows,
  type CourseImportContext,
  type ExistingImportedCourse,
  planCourseImport,
  REQUIRED_COURSE_COLUMNS,
  validateCourseRow,
} from './course-rows';
import { type CsvRow, nextStepsReference, readCsvUpload, referenceOf, toCsvLine } from './csv';

const context: CourseImportContext = {
  categories: [
    { id: 'cat-plumber', slug: 'plumbing', name: 'Plumber' },
    { id: 'cat-hair', slug: 'hairdresser', name: 'Hairdresser' },
  ],
  sites: [
    { id: 'site-main', name: 'Main campus' },
    { id: 'site-town', name: 'Town centre' },
  ],
  today: '2027-01-10',
};

const good = {
  reference: 'CVC-PLUMB-1',
  title: 'Plumbing Level 1',
  category: 'plumbing',
  level: 'Level 1',
  mode: 'full-time',
  method: 'classroom',
  age_group: '16-19',
  apprenticeship: '',
  summary: 'Learn to fit pipes.',
  entry_requirements: '',
  no_qualifications_needed: 'Yes',
  duration: '1 year',
  cost: 'Free',
  start_date: '2027-09-06',
  apply_by: '2027-06-30',
  places: '20',
  site: 'main campus',
};
const row = (overrides: Record<string, string> = {}, number = 2): CsvRow => ({ row: number, cells: { ...good, ...overrides } });

describe('validateCourseRow', () => {
  it('turns a good row into course and start date values, with friendly spellings understood', () => {
    const result = validateCourseRow(row(), context);
    assert.ok('values' in result);
    assert.equal(result.values.externalRef, 'CVC-PLUMB-1');
    assert.deepEqual(result.values.course, {
      title: 'Plumbing Level 1',
      categoryId: 'cat-plumber',
      level: 'level_1',
      mode: 'full_time',
      method: 'classroom',
      ageGroup: 'age_16_19',
      isApprenticeship: false,
      summary: 'Learn to fit pipes.',
      entryRequirements: '',
      isNoQualificationsNeeded: true,
      durationText: '1 year',
      cost: 'Free',
    });
    assert.deepEqual(result.values.run, { siteId: 'site-main', startsOn: '2027-09-06', applyBy: '2027-06-30', places: 20 });
  });

  it('has no start date when the four start date columns are empty', () => {
    const result = validateCourseRow(row({ start_date: '', apply_by: '', places: '', site: '' }), context);
    assert.ok('values' in result);
    assert.equal(result.values.run, null);
  });

  it('names the row and column of each problem in column order, with the course form’s messages', () => {
    const result = validateCourseRow(row({ summary: '', level: 'level 9', category: 'astronaut', places: 'lots' }, 7), context);
    assert.ok('errors' in result);
    assert.deepEqual(result.errors, [
      { row: 7, column: 'category', message: '“astronaut” is not in the list of kinds of work on this page' },
      { row: 7, column: 'level', message: 'Enter the level: entry, level_1, level_2, level_3 or level_4' },
      { row: 7, column: 'summary', message: 'Enter what the course is, in plain words' },
      { row: 7, column: 'places', message: 'Enter the number of places as a whole number, like 20, or leave it empty for no limit' },
    ]);
  });

  it('refuses a start date in the past, an apply-by date after the start, and an unknown site', () => {
    const past = validateCourseRow(row({ start_date: '2026-09-01', apply_by: '' }), context);
    assert.deepEqual('errors' in past && past.errors, [{ row: 2, column: 'start_date', message: 'The start date must be today or later' }]);
    const late = validateCourseRow(row({ apply_by: '2027-10-01' }), context);
    assert.deepEqual('errors' in late && late.errors, [{ row: 2, column: 'apply_by', message: 'The date to apply by must be on or before the start date' }]);
    const site = validateCourseRow(row({ site: 'The moon' }), context);
    assert.deepEqual('errors' in site && site.errors, [{ row: 2, column: 'site', message: 'Enter one of your sites: Main campus, Town centre' }]);
  });

  it('uses the only site when there is one and the site is empty', () => {
    const result = validateCourseRow(row({ site: '' }), { ...context, sites: [{ id: 'only', name: 'Only site' }] });
    assert.equal('values' in result && result.values.run?.siteId, 'only');
  });

  it('accepts the template’s own example row, whenever it is downloaded', () => {
    for (const today of ['2026-12-01', '2027-04-01', '2027-08-31', '2031-02-28']) {
      const [header, example] = courseTemplateRows(today);
      assert.equal(header?.length, COURSE_COLUMNS.length);
      const cells = Object.fromEntries((header ?? []).map((name, index) => [name, example?.[index] ?? '']));
      const result = validateCourseRow({ row: 2, cells }, { ...context, today });
      assert.ok('values' in result, `${today}: ${JSON.stringify(result)}`);
    }
  });
});

describe('planCourseImport', () => {
  const existing: ExistingImportedCourse = {
    id: 'course-1',
    externalRef: 'CVC-PLUMB-1',
    title: 'Plumbing Level 1',
    categoryId: 'cat-plumber',
    level: 'level_1',
    mode: 'full_time',
    method: 'classroom',
    ageGroup: 'age_16_19',
    isApprenticeship: false,
    summary: 'Learn to fit pipes.',
    entryRequirements: '',
    isNoQualificationsNeeded: true,
    durationText: '1 year',
    cost: 'Free',
    runs: [{ id: 'run-1', siteId: 'site-main', startsOn: '2027-09-06', applyBy: '2027-06-30', places: 20 }],
  };

  it('adds a course with a new reference', () => {
    const plan = planCourseImport([row({ reference: 'NEW-1' })], [existing], context);
    assert.deepEqual(plan.errors, []);
    assert.equal(plan.courses[0]?.action, 'add');
    assert.deepEqual(plan.courses[0]?.run, { action: 'add' });
  });

  it('finds nothing to change when the same row is imported again (any letter case in the reference)', () => {
    const plan = planCourseImport([row({ reference: 'cvc-plumb-1' })], [existing], context);
    assert.equal(plan.courses[0]?.action, 'same');
    assert.equal(plan.courses[0]?.courseId, 'course-1');
  });

  it('updates the changed fields and the start date that matches by day and site', () => {
    const plan = planCourseImport([row({ cost: 'Free if under 19', places: '25' })], [existing], context);
    const course = plan.courses[0];
    assert.equal(course?.action, 'update');
    assert.deepEqual(course?.changes, { cost: { from: 'Free', to: 'Free if under 19' } });
    assert.deepEqual(course?.run, { action: 'update', runId: 'run-1', changes: { places: { from: 20, to: 25 } } });
  });

  it('adds a new start date to a known course when the day or site is new', () => {
    const plan = planCourseImport([row({ start_date: '2028-01-10', apply_by: '' })], [existing], context);
    assert.equal(plan.courses[0]?.action, 'update');
    assert.deepEqual(plan.courses[0]?.run, { action: 'add' });
  });

  it('refuses a reference used twice in the file, naming the first row', () => {
    const plan = planCourseImport([row({ reference: 'A-1' }, 2), row({ reference: 'a-1' }, 5)], [], context);
    assert.equal(plan.courses.length, 1);
    assert.deepEqual(plan.errors, [{ row: 5, column: 'reference', message: 'This reference is also on row 2. Each course needs its own reference' }]);
  });

  it('keeps every error, sorted by row', () => {
    const plan = planCourseImport([row({ title: '' }, 9), row({ reference: '' }, 3)], [], context);
    assert.deepEqual(
      plan.errors.map((error) => [error.row, error.column]),
      [
        [3, 'reference'],
        [9, 'title'],
      ],
    );
  });
});

describe('courseExportRows', () => {
  const course: ExistingImportedCourse = {
    id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    externalRef: referenceOf({ id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', externalRef: null }),
    title: 'Hair, beauty and "more"',
    categoryId: 'cat-hair',
    level: 'entry',
    mode: 'part_time',
    method: 'mixed',
    ageGroup: 'age_14_16',
    isApprenticeship: true,
    summary: '=SUM(A1) is not a formula here, and commas, quotes "and"\nnew lines survive.',
    entryRequirements: '-',
    isNoQualificationsNeeded: false,
    durationText: '2 years',
    cost: '',
    runs: [
      { id: 'run-late', siteId: 'site-town', startsOn: '2028-01-10', applyBy: null, places: null },
      { id: 'run-past', siteId: 'site-main', startsOn: '2026-09-01', applyBy: null, places: 5 },
      { id: 'run-soon', siteId: 'site-main', startsOn: '2027-09-06', applyBy: '2027-06-30', places: 12 },
    ],
  };
  const bare: ExistingImportedCourse = { ...course, id: 'course-2', externalRef: 'OWN-2', runs: [] };

  it('gives one row per course with its next start date and the Next Steps reference, and reads back as no change', () => {
    const rows = courseExportRows([course, bare], context);
    assert.deepEqual(rows[0], COURSE_COLUMNS.map((column) => column.name));
    assert.deepEqual(rows.slice(1).map((cells) => [cells[0], cells[13]]), [
      ['NS-0A1B2C3D', '2027-09-06'],
      ['OWN-2', ''],
    ]);
    const file = rows.map(toCsvLine).join('\r\n');
    assert.match(file, /"'=SUM\(A1\)/);
    const read = readCsvUpload({ name: 'courses.csv', bytes: new TextEncoder().encode(file) }, COURSE_COLUMN_NAMES, REQUIRED_COURSE_COLUMNS);
    assert.ok(read.ok);
    const plan = planCourseImport(read.rows, [course, bare], context);
    assert.deepEqual(plan.errors, []);
    assert.deepEqual(plan.courses.map((each) => [each.action, each.run?.action ?? null]), [
      ['same', null],
      ['same', null],
    ]);
  });
});

describe('referenceOf', () => {
  it('is the record’s own reference, or NS- and the start of its id', () => {
    assert.equal(referenceOf({ id: 'f00dcafe-1234-4abc-9def-000000000000', externalRef: 'MINE-1' }), 'MINE-1');
    assert.equal(referenceOf({ id: 'f00dcafe-1234-4abc-9def-000000000000', externalRef: null }), 'NS-F00DCAFE');
    assert.equal(nextStepsReference('0a1b2c3d-0000-4000-8000-000000000000'), 'NS-0A1B2C3D');
  });
});
