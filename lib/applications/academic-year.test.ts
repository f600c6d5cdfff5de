import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  academicYearStart,
  ageOnDate,
  describeAcademicYear,
  isPast,
  isSeptemberGuaranteeYear,
  keyDatesFrom,
  keyDatesThisYear,
  septemberCsv,
  type SeptemberPerson,
  septemberRows,
  countSeptember,
  toSeptemberFilter,
  septemberStanding,
  yearGroup,
} from './academic-year';

describe('academic year', () => {
  it('starts on 1 September', () => {
    assert.equal(academicYearStart('2026-08-31'), 2025);
    assert.equal(academicYearStart('2026-09-01'), 2026);
    assert.equal(academicYearStart('2027-01-15'), 2026);
    assert.equal(describeAcademicYear('2026-12-01'), '2026 to 2027');
  });

  it('counts whole years of age, including leap-day birthdays', () => {
    assert.equal(ageOnDate('2010-12-01', '2026-11-30'), 15);
    assert.equal(ageOnDate('2010-12-01', '2026-12-01'), 16);
    assert.equal(ageOnDate('2008-02-29', '2026-02-28'), 17);
    assert.equal(ageOnDate('2008-02-29', '2026-03-01'), 18);
  });
});

describe('yearGroup', () => {
  it('puts 1 September birthdays at the top of a year and 31 August at the bottom', () => {
    // School year 2026/27: Year 11 were born 1 Sept 2010 to 31 Aug 2011.
    assert.equal(yearGroup('2010-09-01', '2026-12-01'), 11);
    assert.equal(yearGroup('2011-08-31', '2026-12-01'), 11);
    assert.equal(yearGroup('2010-08-31', '2026-12-01'), 12);
    assert.equal(yearGroup('2011-09-01', '2026-12-01'), 10);
  });

  it('moves everyone up a year on 1 September, not on their birthday', () => {
    assert.equal(yearGroup('2010-10-15', '2026-08-31'), 10);
    assert.equal(yearGroup('2010-10-15', '2026-09-01'), 11);
    assert.equal(yearGroup('2010-10-15', '2026-10-16'), 11);
  });

  it('covers Year 11 and Year 12 only for the September Guarantee', () => {
    assert.deepEqual([10, 11, 12, 13].map(isSeptemberGuaranteeYear), [false, true, true, false]);
  });
});

describe('September Guarantee dates', () => {
  it('uses the defaults unless the council sets valid ones', () => {
    assert.deepEqual(keyDatesFrom({}), { applyBy: '02-28', offerBy: '06-30' });
    assert.deepEqual(keyDatesFrom({ SEPTEMBER_APPLY_BY: '03-31', SEPTEMBER_OFFER_BY: '13-01' }), {
      applyBy: '03-31',
      offerBy: '06-30',
    });
  });

  it('puts the key dates in the spring and summer of this school year', () => {
    assert.deepEqual(keyDatesThisYear('2026-12-01', { applyBy: '02-28', offerBy: '06-30' }), {
      applyBy: '2027-02-28',
      offerBy: '2027-06-30',
      september: '2027-09-01',
    });
    assert.equal(keyDatesThisYear('2027-03-01', { applyBy: '02-28', offerBy: '06-30' }).applyBy, '2027-02-28');
  });

  it('says a date has passed only after the day', () => {
    assert.equal(isPast('2027-02-28', '2027-02-28'), false);
    assert.equal(isPast('2027-02-28', '2027-03-01'), true);
  });

  it('ranks an offer above an application', () => {
    assert.equal(septemberStanding({ hasOffer: true, hasApplied: true }), 'has_offer');
    assert.equal(septemberStanding({ hasOffer: false, hasApplied: true }), 'applied_no_offer');
    assert.equal(septemberStanding({ hasOffer: false, hasApplied: false }), 'not_applied');
  });
});

describe('septemberCsv', () => {
  it('writes a header and one line each, quoting commas and defusing formulas', () => {
    const csv = septemberCsv([
      { name: 'Turner, Liam', yearGroup: 11, applications: 0, hasOffer: false },
      { name: '=HYPERLINK("x")', yearGroup: 12, applications: 2, hasOffer: true },
    ]);
    assert.equal(csv, 'Name,Year,Applications sent,Has an offer\r\n"Turner, Liam",11,0,No\r\n"\'=HYPERLINK(""x"")",12,2,Yes\r\n');
  });
});

describe('septemberRows and countSeptember', () => {
  // On 1 December 2026: born 1 March 2011 is Year 11, 1 March 2010 Year 12, 1 March 2009 Year 13.
  const people: SeptemberPerson[] = [
    { id: 'a', name: 'Ava', dateOfBirth: '2011-03-01', applications: 0, hasOffer: false },
    { id: 'b', name: 'Ben', dateOfBirth: '2011-03-01', applications: 2, hasOffer: true },
    { id: 'c', name: 'Cal', dateOfBirth: '2010-03-01', applications: 1, hasOffer: false },
    { id: 'd', name: 'Dee', dateOfBirth: '2009-03-01', applications: 0, hasOffer: false },
    { id: 'e', name: 'Eli', dateOfBirth: null, applications: 0, hasOffer: false },
  ];
  const today = '2026-12-01';

  it('keeps only Years 11 and 12, and the filter', () => {
    assert.deepEqual(septemberRows(people, today, 'all').map((row) => row.id), ['a', 'b', 'c']);
    assert.deepEqual(septemberRows(people, today, 'no-application').map((row) => row.id), ['a']);
    assert.deepEqual(septemberRows(people, today, 'no-offer').map((row) => row.id), ['a', 'c']);
  });

  it('counts each year group', () => {
    assert.deepEqual(countSeptember(septemberRows(people, today, 'all')), [
      { year: 11, everyone: 2, noApplication: 1, noOffer: 1 },
      { year: 12, everyone: 1, noApplication: 0, noOffer: 1 },
    ]);
  });

  it('reads an unknown filter as everyone', () => {
    assert.equal(toSeptemberFilter('no-offer'), 'no-offer');
    assert.equal(toSeptemberFilter(['no-offer']), 'all');
    assert.equal(toSeptemberFilter('=cmd'), 'all');
  });
});
