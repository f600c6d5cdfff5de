import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  APPRENTICESHIP_SUBJECTS_2008,
  EMPLOYMENT_VACANCIES_2008,
  OPEN_ENDED_PLACES_CODE,
  STARTS_BY_OCCUPATION_2008,
  TRAINING_PLACES_2008,
} from './source-tables';

describe('the 2008 tables copied from shared/data', () => {
  it('Table 5 has 70 kinds of work and 1,491 vacancies', () => {
    assert.equal(EMPLOYMENT_VACANCIES_2008.length, 70);
    assert.equal(
      EMPLOYMENT_VACANCIES_2008.reduce((sum, row) => sum + row.vacancies, 0),
      1491,
    );
    const clerical = EMPLOYMENT_VACANCIES_2008.find((row) => row.category === 'Clerical/admin');
    assert.deepEqual(clerical, { category: 'Clerical/admin', opportunityTypes: 260, vacancies: 309 });
  });

  it('Table 4 has 23 kinds of work and 3,797 places as printed', () => {
    assert.equal(TRAINING_PLACES_2008.length, 23);
    assert.equal(
      TRAINING_PLACES_2008.reduce((sum, row) => sum + row.places, 0),
      3797,
    );
  });

  it('Table 4 marks four kinds as open-ended with 99', () => {
    const openEnded = TRAINING_PLACES_2008.filter((row) => row.places === OPEN_ENDED_PLACES_CODE).map((row) => row.category);
    assert.deepEqual(openEnded, ['Electrical Engineering', 'Fitness Instructor', 'Plumber', 'Service Engineering']);
  });

  it('Tables 3 and 6 have 24 rows each', () => {
    assert.equal(APPRENTICESHIP_SUBJECTS_2008.length, 24);
    assert.equal(STARTS_BY_OCCUPATION_2008.length, 24);
  });

  it('never has more distinct job descriptions than vacancies', () => {
    for (const row of [...EMPLOYMENT_VACANCIES_2008]) {
      assert.ok(row.opportunityTypes <= row.vacancies, row.category);
    }
  });
});
