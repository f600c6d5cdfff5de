import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageOn, dateOfBirthForAge, nextMonday, nextTermStart, toIsoDate } from './dates';

describe('dates relative to today', () => {
  const today = new Date(Date.UTC(2026, 10, 23)); // Monday 23 November 2026

  it('finds next September and next January as first Mondays', () => {
    assert.equal(toIsoDate(nextTermStart(today, 8)), '2027-09-06');
    assert.equal(toIsoDate(nextTermStart(today, 0)), '2027-01-04');
  });

  it('skips a term that starts too soon', () => {
    const lateAugust = new Date(Date.UTC(2026, 7, 28));
    assert.equal(toIsoDate(nextTermStart(lateAugust, 8)), '2026-09-14');
    assert.equal(toIsoDate(nextTermStart(lateAugust, 8, 0)), '2026-09-07');
  });

  it('finds the next Monday', () => {
    assert.equal(toIsoDate(nextMonday(today)), '2026-11-23');
    assert.equal(toIsoDate(nextMonday(new Date(Date.UTC(2026, 10, 24)))), '2026-11-30');
  });

  it('makes a date of birth for a given age, on any day of the year', () => {
    for (const day of [today, new Date(Date.UTC(2028, 2, 1)), new Date(Date.UTC(2027, 0, 1))]) {
      assert.equal(ageOn(day, dateOfBirthForAge(day, 17)), 17);
      assert.equal(ageOn(day, dateOfBirthForAge(day, 16)), 16);
    }
  });
});
