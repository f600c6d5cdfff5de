import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storedVacancyFields } from '@/lib/vacancies/posting';
import { type CsvRow, readCsvUpload, toCsvLine } from './csv';
import {
  type ExistingImportedVacancy,
  planVacancyImport,
  postcodeOfRow,
  REQUIRED_VACANCY_COLUMNS,
  VACANCY_COLUMN_NAMES,
  VACANCY_COLUMNS,
  vacancyExportRows,
  vacancyTemplateRows,
  type VacancyImportContext,
  validateVacancyRow,
} from './vacancy-rows';

const CATEGORY_ID = '5f0c7a52-6f5e-4c7e-9a57-0f3c1c6b2a11';
const context: VacancyImportContext = {
  categories: [{ id: CATEGORY_ID, slug: 'car-repair', name: 'Car repair' }],
  points: { 'HX1 2SP': { latitude: 53.72, longitude: -1.86 } },
  today: '2027-01-10',
};

const good = {
  reference: 'PMG-1',
  title: 'Apprentice mechanic',
  type: 'Apprenticeship',
  category: 'car-repair',
  summary: 'Fix cars.',
  what_youll_do: '',
  pay_type: 'hour',
  pay: '8.00',
  hours_per_week: '37.5',
  postcode: 'hx12sp',
  town: 'Halifax',
  closing_date: '2027-03-31',
  places: '2',
  no_experience_needed: 'yes',
  no_qualifications_needed: '',
  questions: 'Why cars? | When can you start?',
  voice_and_video_answers: 'yes',
};
const row = (overrides: Record<string, string> = {}, number = 2): CsvRow => ({ row: number, cells: { ...good, ...overrides } });

describe('validateVacancyRow', () => {
  it('turns a good row into the vacancy form’s values and the workplace on the map', () => {
    const result = validateVacancyRow(row(), context);
    assert.ok('values' in result, JSON.stringify(result));
    assert.equal(result.values.input.type, 'apprenticeship');
    assert.equal(result.values.input.wagePence, 800);
    assert.equal(result.values.input.postcode, 'HX1 2SP');
    assert.deepEqual(result.values.input.questions, ['Why cars?', 'When can you start?']);
    assert.deepEqual(result.values.point, { latitude: 53.72, longitude: -1.86 });
  });

  it('refuses pay below the legal minimum and a closing date in the past, naming the columns', () => {
    const low = validateVacancyRow(row({ pay: '5.00' }), context);
    assert.deepEqual('errors' in low && low.errors, [{ row: 2, column: 'pay', message: 'The pay must be at least £8.00 an hour, the legal minimum for apprentices' }]);
    const past = validateVacancyRow(row({ closing_date: '2026-12-01' }, 4), context);
    assert.deepEqual('errors' in past && past.errors, [{ row: 4, column: 'closing_date', message: 'The closing date must be in the future' }]);
  });

  it('refuses an unknown kind of work, a postcode not on the map and a missing reference', () => {
    const result = validateVacancyRow(row({ reference: '', category: 'astronaut', postcode: 'LS1 1AA' }), context);
    assert.deepEqual('errors' in result && result.errors.map((error) => error.column), ['reference', 'category', 'postcode']);
  });

  it('accepts the template’s own example row, whenever it is downloaded', () => {
    for (const today of ['2026-12-01', '2027-04-01', '2027-08-31', '2031-02-28']) {
      const [header, example] = vacancyTemplateRows(today);
      assert.equal(header?.length, VACANCY_COLUMNS.length);
      const cells = Object.fromEntries((header ?? []).map((name, index) => [name, example?.[index] ?? '']));
      const result = validateVacancyRow({ row: 2, cells }, { ...context, today });
      assert.ok('values' in result, `${today}: ${JSON.stringify(result)}`);
    }
  });

  it('finds the postcode to look up', () => {
    assert.equal(postcodeOfRow(row()), 'HX1 2SP');
    assert.equal(postcodeOfRow(row({ postcode: 'nowhere' })), null);
  });
});

describe('planVacancyImport', () => {
  const checked = validateVacancyRow(row(), context);
  assert.ok('values' in checked);
  const { input } = checked.values;
  const existing: ExistingImportedVacancy = {
    id: 'vacancy-1',
    externalRef: 'PMG-1',
    questions: input.questions,
    title: input.title,
    type: input.type,
    categoryId: input.categoryId,
    summary: input.summary,
    whatYoullDo: input.whatYoullDo,
    wagePence: input.wagePence,
    wageUnit: input.wageUnit,
    isMinimumWageForAge: input.isMinimumWageForAge,
    hoursPerWeek: '37.5',
    hoursType: input.hoursType,
    postcode: input.postcode,
    town: input.town,
    closesOn: input.closesOn,
    places: input.places,
    isNoExperienceNeeded: input.isNoExperienceNeeded,
    isNoQualificationsNeeded: input.isNoQualificationsNeeded,
    acceptsVoiceAndVideo: input.acceptsVoiceAndVideo,
  };

  it('posts a new reference, leaves the same row alone and updates a changed one', () => {
    const plan = planVacancyImport([row({ reference: 'NEW-1' }, 2), row({}, 3)], [existing], context);
    assert.deepEqual(
      plan.vacancies.map((each) => [each.row, each.action]),
      [
        [2, 'add'],
        [3, 'same'],
      ],
    );
    const changed = planVacancyImport([row({ pay: '9.00', questions: 'Why cars?' })], [existing], context);
    assert.equal(changed.vacancies[0]?.action, 'update');
    assert.deepEqual(Object.keys(changed.vacancies[0]?.changes ?? {}), ['wagePence', 'questions']);
  });

  it('refuses a reference used twice in the file', () => {
    const plan = planVacancyImport([row({}, 2), row({ reference: 'pmg-1' }, 3)], [], context);
    assert.deepEqual(plan.errors, [{ row: 3, column: 'reference', message: 'This reference is also on row 2. Each vacancy needs its own reference' }]);
  });
});

describe('vacancyExportRows', () => {
  const checked = validateVacancyRow(row({ summary: '+44 is our phone code, and "quotes", commas\nand lines survive.', pay_type: 'minimum', pay: '' }), context);
  assert.ok('values' in checked);
  const { input } = checked.values;
  const open: ExistingImportedVacancy = {
    id: 'f00dcafe-1234-4abc-9def-000000000000',
    externalRef: 'NS-F00DCAFE',
    questions: input.questions,
    ...storedVacancyFields(input),
  };
  const closed: ExistingImportedVacancy = { ...open, id: 'vacancy-2', externalRef: 'OLD-1', closesOn: '2027-01-09' };

  it('lists the vacancies still open, in the template’s columns, and reads back as no change', () => {
    const rows = vacancyExportRows([open, closed], context);
    assert.deepEqual(rows[0], VACANCY_COLUMNS.map((column) => column.name));
    assert.equal(rows.length, 2);
    assert.equal(rows[1]?.[0], 'NS-F00DCAFE');
    assert.equal(rows[1]?.[VACANCY_COLUMN_NAMES.indexOf('pay_type')], 'minimum');
    const file = rows.map(toCsvLine).join('\r\n');
    const read = readCsvUpload({ name: 'vacancies.csv', bytes: new TextEncoder().encode(file) }, VACANCY_COLUMN_NAMES, REQUIRED_VACANCY_COLUMNS);
    assert.ok(read.ok);
    const plan = planVacancyImport(read.rows, [open, closed], context);
    assert.deepEqual(plan.errors, []);
    assert.deepEqual(plan.vacancies.map((each) => each.action), ['same']);
  });

  it('writes the pay in pounds for a paid vacancy', () => {
    const paid = validateVacancyRow(row({ pay: '9.5' }), context);
    assert.ok('values' in paid);
    const rows = vacancyExportRows([{ ...open, ...storedVacancyFields(paid.values.input) }], context);
    assert.equal(rows[1]?.[VACANCY_COLUMN_NAMES.indexOf('pay')], '9.50');
    assert.equal(rows[1]?.[VACANCY_COLUMN_NAMES.indexOf('pay_type')], 'hour');
  });
});
