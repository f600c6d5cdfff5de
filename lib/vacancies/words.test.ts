import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDaysTo, describeChoiceCount, describeClosing, describeCount, describeHours, isClosingSoon, londonToday } from './words';

describe('vacancy words', () => {
  it('says the closing date as a count when it is close, as a date when it is not', () => {
    const today = '2026-11-03';
    assert.equal(describeClosing(null, today), 'Open until filled');
    assert.equal(describeClosing('2026-11-03', today), 'Closes today');
    assert.equal(describeClosing('2026-11-04', today), 'Closes tomorrow');
    assert.equal(describeClosing('2026-11-06', today), 'Closes in 3 days');
    assert.equal(describeClosing('2026-11-10', today), 'Closes in 7 days');
    assert.equal(describeClosing('2026-12-04', today), 'Closes on 4 December 2026');
    assert.equal(isClosingSoon('2026-11-06', today), true);
    assert.equal(isClosingSoon('2026-12-04', today), false);
    assert.equal(isClosingSoon(null, today), false);
  });

  it('says the hours', () => {
    assert.equal(describeHours('full_time', '37.5'), 'Full time, 37.5 hours a week');
    assert.equal(describeHours('part_time', '8.0'), 'Part time, 8 hours a week');
    assert.equal(describeHours('part_time', null), 'Part time');
  });

  it('counts things by their names', () => {
    assert.equal(describeCount(1, 'apprenticeship'), '1 apprenticeship');
    assert.equal(describeCount(12, 'work_experience'), '12 work experience places');
    assert.equal(describeCount(30), '30 results');
    assert.equal(describeCount(1), '1 result');
    assert.equal(describeChoiceCount(30), '30 to choose from');
    assert.equal(describeChoiceCount(3, 'job'), '3 jobs');
  });

  it('uses the date in England, not in UTC', () => {
    assert.equal(londonToday(new Date('2026-06-30T23:30:00Z')), '2026-07-01');
    assert.equal(londonToday(new Date('2026-12-31T23:30:00Z')), '2026-12-31');
    assert.equal(addDaysTo('2026-12-25', 14), '2027-01-08');
  });
});
