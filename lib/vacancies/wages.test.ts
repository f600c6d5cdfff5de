import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageOn, describeLegalMinimumGap, describeWage, formatPounds, minimumHourlyPence, toWageAge, type WageFacts } from './wages';

const job = (overrides: Partial<WageFacts> = {}): WageFacts => ({
  type: 'job',
  wagePence: 1100,
  wageUnit: 'hour',
  isMinimumWageForAge: false,
  ...overrides,
});
const minimumWageJob = job({ wagePence: null, isMinimumWageForAge: true });
const minimumWageApprenticeship = job({ type: 'apprenticeship', wagePence: null, isMinimumWageForAge: true });

describe('minimum wage bands (April 2026)', () => {
  it('pays each age its band, changing exactly on the birthday that starts a band', () => {
    assert.equal(minimumHourlyPence(15), null);
    assert.equal(minimumHourlyPence(16), 800);
    assert.equal(minimumHourlyPence(17), 800);
    assert.equal(minimumHourlyPence(18), 1085);
    assert.equal(minimumHourlyPence(20), 1085);
    assert.equal(minimumHourlyPence(21), 1271);
    assert.equal(minimumHourlyPence(25), 1271);
  });

  it('lets a new apprentice of any age be paid the apprentice rate, but not under 16', () => {
    assert.equal(minimumHourlyPence(16, { isApprenticeship: true }), 800);
    assert.equal(minimumHourlyPence(18, { isApprenticeship: true }), 800);
    assert.equal(minimumHourlyPence(19, { isApprenticeship: true }), 800);
    assert.equal(minimumHourlyPence(24, { isApprenticeship: true }), 800);
    assert.equal(minimumHourlyPence(15, { isApprenticeship: true }), null);
  });
});

describe('describeWage', () => {
  it('says fixed pay in plain words', () => {
    assert.equal(describeWage(job({ wagePence: 800 })), '£8.00 an hour');
    assert.equal(describeWage(job({ wagePence: 1085 })), '£10.85 an hour');
    assert.equal(describeWage(job({ wagePence: 2_100_000, wageUnit: 'year' })), '£21,000 a year');
    assert.equal(describeWage(job({ wagePence: 25_000, wageUnit: 'week' })), '£250 a week');
    assert.equal(describeWage(job({ type: 'training_place', wagePence: 3500, wageUnit: 'allowance' })), '£35 a week training allowance');
    assert.equal(describeWage(job({ type: 'training_place', wagePence: 3550, wageUnit: 'allowance' })), '£35.50 a week training allowance');
  });

  it('says when there is no pay, and why', () => {
    assert.equal(describeWage(job({ type: 'volunteering', wagePence: null, wageUnit: 'unpaid' })), 'Unpaid (volunteering)');
    assert.equal(describeWage(job({ type: 'work_experience', wagePence: null, wageUnit: 'unpaid' })), 'Unpaid (work experience)');
    assert.equal(describeWage(job({ type: 'training_place', wagePence: null, wageUnit: 'unpaid' })), 'Unpaid (the training is free)');
  });

  it('works out "the minimum wage for your age" when it knows the age', () => {
    assert.equal(describeWage(minimumWageJob, 19), 'At least £10.85 an hour for you (the legal minimum at 19)');
    assert.equal(describeWage(minimumWageJob, 17), 'At least £8.00 an hour for you (the legal minimum at 17)');
    assert.equal(describeWage(minimumWageJob, 18), 'At least £10.85 an hour for you (the legal minimum at 18)');
    assert.equal(describeWage(minimumWageJob, 21), 'At least £12.71 an hour for you (the legal minimum at 21)');
    assert.equal(describeWage(minimumWageApprenticeship, 17), 'At least £8.00 an hour for you (the legal minimum for apprentices under 19)');
    assert.equal(
      describeWage(minimumWageApprenticeship, 22),
      'At least £8.00 an hour for you (the legal minimum in the first year of an apprenticeship)',
    );
    assert.equal(describeWage(minimumWageJob, 15), 'There is no legal minimum wage under 16 – ask them what they pay');
  });

  it('asks for the age when it does not know it', () => {
    assert.equal(describeWage(minimumWageJob), 'The legal minimum for your age – add your age to see it');
  });
});

describe('describeLegalMinimumGap', () => {
  it('warns only when fixed hourly pay is below the legal minimum for this age', () => {
    assert.equal(describeLegalMinimumGap(job({ wagePence: 1085 }), 22), 'By law, at 22 you must get at least £12.71 an hour. Ask them about this.');
    assert.equal(describeLegalMinimumGap(job({ wagePence: 1085 }), 20), null);
    assert.equal(describeLegalMinimumGap(job({ wagePence: 1085 })), null);
    assert.equal(describeLegalMinimumGap(job({ type: 'apprenticeship', wagePence: 800 }), 22), null);
    assert.equal(describeLegalMinimumGap(minimumWageJob, 22), null);
  });
});

describe('ages and money', () => {
  it('reads an age from a URL only when it is a whole number from 13 to 25', () => {
    assert.equal(toWageAge('17'), 17);
    assert.equal(toWageAge(' 13 '), 13);
    assert.equal(toWageAge('25'), 25);
    assert.equal(toWageAge('12'), undefined);
    assert.equal(toWageAge('26'), undefined);
    assert.equal(toWageAge('17.5'), undefined);
    assert.equal(toWageAge('seventeen'), undefined);
    assert.equal(toWageAge(undefined), undefined);
  });

  it('counts birthdays', () => {
    assert.equal(ageOn('2009-03-14', '2026-03-13'), 16);
    assert.equal(ageOn('2009-03-14', '2026-03-14'), 17);
    assert.equal(ageOn('2008-02-29', '2026-02-28'), 17);
  });

  it('formats pounds', () => {
    assert.equal(formatPounds(800, { isAlwaysPence: true }), '£8.00');
    assert.equal(formatPounds(1271, { isAlwaysPence: true }), '£12.71');
    assert.equal(formatPounds(2_150_000), '£21,500');
  });
});
