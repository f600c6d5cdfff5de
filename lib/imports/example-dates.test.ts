import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exampleDates, withExampleDates } from './example-dates';

describe('exampleDates', () => {
  it('closes eight weeks away and starts on the first September Monday at least four months away', () => {
    assert.deepEqual(exampleDates('2026-12-03'), { closingDate: '2027-01-28', startDate: '2027-09-06', applyBy: '2027-07-08' });
    // In summer, this September is too soon: next year's.
    assert.deepEqual(exampleDates('2027-07-01'), { closingDate: '2027-08-26', startDate: '2028-09-04', applyBy: '2028-07-06' });
  });

  it('is always after today, in every month', () => {
    for (let month = 1; month <= 12; month += 1) {
      const today = `2030-${String(month).padStart(2, '0')}-28`;
      const dates = exampleDates(today);
      assert.ok(dates.closingDate > today && dates.applyBy > today && dates.startDate > dates.applyBy, `${today}: ${JSON.stringify(dates)}`);
    }
  });
});

describe('withExampleDates', () => {
  it('puts the date in the example and in the guide that shows it', () => {
    const columns = [
      { name: 'closing_date', isRequired: true, example: '2027-03-31', guide: 'Like 2027-03-31.' },
      { name: 'title', isRequired: true, example: 'Cook', guide: 'The job title.' },
    ] as const;
    const [closing, title] = withExampleDates(columns, { closing_date: '2031-01-02' });
    assert.deepEqual(closing, { name: 'closing_date', isRequired: true, example: '2031-01-02', guide: 'Like 2031-01-02.' });
    assert.equal(title, columns[1]);
  });
});
