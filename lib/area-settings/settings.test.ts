import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_WAGE_RATES, describeWage, minimumHourlyPence } from '@/lib/vacancies/wages';
import { legalMinimumProblem } from '@/lib/vacancies/posting';
import {
  alertsSettingsSchema,
  consentSettingsSchema,
  describeSettingsChange,
  formValuesOf,
  freshnessSettingsSchema,
  keyDatesSettingsSchema,
  wagesSettingsSchema,
} from './schemas';
import { defaultAreaSettings, mergeAreaSettings, storedAreaSettingsFrom } from './settings';

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe('freshness settings', () => {
  it('takes whole numbers of days, hide after warn', () => {
    assert.deepEqual(freshnessSettingsSchema.parse({ warnAfterDays: ' 30 ', hideAfterDays: '60' }), { warnAfterDays: 30, hideAfterDays: 60 });
  });

  it('refuses hide on or before warn, on the hide field', () => {
    const result = freshnessSettingsSchema.safeParse({ warnAfterDays: '90', hideAfterDays: '90' });
    assert.equal(result.success, false);
    assert.match(errorsOf(result).hideAfterDays!, /more than the days until it needs checking/);
    assert.equal(freshnessSettingsSchema.safeParse({ warnAfterDays: '90', hideAfterDays: '30' }).success, false);
  });

  it('refuses words, negatives, zero and fractions', () => {
    for (const bad of ['abc', '-5', '0', '1.5', '']) {
      const result = freshnessSettingsSchema.safeParse({ warnAfterDays: bad, hideAfterDays: '180' });
      assert.equal(result.success, false, bad);
      assert.ok(errorsOf(result).warnAfterDays, bad);
    }
  });
});

describe('key dates settings', () => {
  it('turns day and month into MM-DD', () => {
    assert.deepEqual(keyDatesSettingsSchema.parse({ applyByDay: '31', applyByMonth: '3', offerByDay: '1', offerByMonth: '7' }), {
      applyBy: '03-31',
      offerBy: '07-01',
    });
  });

  it('refuses dates that are not real in every year', () => {
    for (const [day, month] of [['30', '2'], ['29', '2'], ['31', '4'], ['1', '13'], ['0', '5'], ['x', '5'], ['', '']]) {
      const result = keyDatesSettingsSchema.safeParse({ applyByDay: day, applyByMonth: month, offerByDay: '30', offerByMonth: '6' });
      assert.equal(result.success, false, `${day}/${month}`);
      assert.match(errorsOf(result).applyByDay!, /real date/);
    }
  });

  it('needs offers after the date to apply by', () => {
    const result = keyDatesSettingsSchema.safeParse({ applyByDay: '30', applyByMonth: '6', offerByDay: '28', offerByMonth: '2' });
    assert.match(errorsOf(result).offerByDay!, /after the date to apply by/);
  });
});

describe('wage settings', () => {
  const good = { ratesFrom: '2027-04-01', rate21: '13.00', rate18: '11', rate16: '£8.50', apprenticeRate: '8.50' };

  it('stores pence, highest age first', () => {
    assert.deepEqual(wagesSettingsSchema.parse(good), {
      ratesFrom: '2027-04-01',
      bands: [
        { fromAge: 21, hourlyPence: 1300 },
        { fromAge: 18, hourlyPence: 1100 },
        { fromAge: 16, hourlyPence: 850 },
      ],
      apprenticeHourlyPence: 850,
    });
  });

  it('refuses negative, zero and non-money rates', () => {
    for (const bad of ['-8.00', '0', 'eight', '', '1000']) {
      const result = wagesSettingsSchema.safeParse({ ...good, apprenticeRate: bad });
      assert.equal(result.success, false, bad);
      assert.match(errorsOf(result).apprenticeRate!, /apprentice rate in pounds/);
    }
  });

  it('refuses a bad start date and a younger band paid more than an older one', () => {
    assert.ok(errorsOf(wagesSettingsSchema.safeParse({ ...good, ratesFrom: '2027-02-30' })).ratesFrom);
    assert.match(errorsOf(wagesSettingsSchema.safeParse({ ...good, rate18: '14' })).rate18!, /must not be more/);
  });

  it('the saved rates drive the pay shown and the employer check', () => {
    const rates = mergeAreaSettings(defaultAreaSettings({}), { wages: wagesSettingsSchema.parse(good) }).wages;
    assert.equal(minimumHourlyPence(22, { rates }), 1300);
    assert.equal(minimumHourlyPence(17, { rates }), 850);
    assert.equal(minimumHourlyPence(17, { rates, isApprenticeship: true }), 850);
    const vacancy = { type: 'job', wagePence: null, wageUnit: 'hour', isMinimumWageForAge: true } as const;
    assert.match(describeWage(vacancy, 22, rates), /£13\.00 an hour/);
    assert.match(describeWage(vacancy, 22), /£12\.71 an hour/);
    const job = { type: 'job', wageChoice: 'hour', wagePence: 820, hoursPerWeek: 30 } as const;
    assert.equal(legalMinimumProblem(job, DEFAULT_WAGE_RATES), null);
    assert.match(legalMinimumProblem(job, rates)!, /at least £8\.50/);
  });
});

describe('consent age and alert settings', () => {
  it('takes a consent age from 13 to 16 only', () => {
    assert.deepEqual(consentSettingsSchema.parse({ consentAge: '16' }), { consentAge: 16 });
    for (const bad of ['12', '17', '-13', '14.5', 'sixteen']) assert.equal(consentSettingsSchema.safeParse({ consentAge: bad }).success, false, bad);
  });

  it('takes a daily cap and quiet hours as clock times', () => {
    assert.deepEqual(alertsSettingsSchema.parse({ dailyCap: '2', quietFrom: '20:30', quietTo: '07:00' }), { dailyCap: 2, quietFrom: 1230, quietTo: 420 });
    assert.ok(errorsOf(alertsSettingsSchema.safeParse({ dailyCap: '0', quietFrom: '21:00', quietTo: '08:00' })).dailyCap);
    assert.ok(errorsOf(alertsSettingsSchema.safeParse({ dailyCap: '3', quietFrom: '25:00', quietTo: '08:00' })).quietFrom);
    assert.ok(errorsOf(alertsSettingsSchema.safeParse({ dailyCap: '3', quietFrom: '08:00', quietTo: '08:00' })).quietTo);
  });
});

describe('mergeAreaSettings', () => {
  const env = { FRESHNESS_WARN_DAYS: '60', FRESHNESS_HIDE_DAYS: '120', CONSENT_AGE: '14', SEPTEMBER_APPLY_BY: '03-15', QUIET_HOURS: '22:00-07:00' };
  const defaults = defaultAreaSettings(env);

  it('the defaults are the environment functions and the code wage rates', () => {
    assert.deepEqual(defaults.freshness, { warnAfterDays: 60, hideAfterDays: 120 });
    assert.equal(defaults.privacy.consentAge, 14);
    assert.deepEqual(defaults.keyDates, { applyBy: '03-15', offerBy: '06-30' });
    assert.equal(defaults.notifications.quietFrom, 22 * 60);
    assert.equal(defaults.wages, DEFAULT_WAGE_RATES);
  });

  it('an area that never saved anything gets exactly the defaults', () => {
    assert.deepEqual(mergeAreaSettings(defaults, undefined), defaults);
    assert.deepEqual(mergeAreaSettings(defaults, null), defaults);
    assert.deepEqual(mergeAreaSettings(defaults, {}), defaults);
  });

  it('saved groups replace their defaults; the other groups stay', () => {
    const merged = mergeAreaSettings(defaults, { freshness: { warnAfterDays: 30, hideAfterDays: 45 }, consent: { consentAge: 16 } });
    assert.deepEqual(merged.freshness, { warnAfterDays: 30, hideAfterDays: 45 });
    assert.equal(merged.privacy.consentAge, 16);
    assert.deepEqual(merged.privacy.caseloadParts, defaults.privacy.caseloadParts);
    assert.deepEqual(merged.keyDates, defaults.keyDates);
    assert.deepEqual(merged.notifications, defaults.notifications);
  });

  it('a stored group that is not valid is ignored, not half-used', () => {
    const stored = { freshness: { warnAfterDays: 90, hideAfterDays: 30 }, consent: { consentAge: 21 }, keyDates: { applyBy: '13-01', offerBy: '06-30' }, alerts: 'loud' };
    assert.deepEqual(storedAreaSettingsFrom(stored), {});
    assert.deepEqual(mergeAreaSettings(defaults, stored), defaults);
  });

  it('the forms show the settings in force, and the log says what changed', () => {
    const values = formValuesOf(mergeAreaSettings(defaults, { keyDates: { applyBy: '02-28', offerBy: '06-30' } }));
    assert.deepEqual(values.keyDates, { applyByDay: '28', applyByMonth: '2', offerByDay: '30', offerByMonth: '6' });
    assert.equal(values.alerts.quietFrom, '22:00');
    assert.equal(values.wages.rate21, '12.71');
    assert.equal(
      describeSettingsChange('freshness', { warnAfterDays: '90', hideAfterDays: '180' }, { warnAfterDays: '30', hideAfterDays: '180' }),
      'Freshness periods: days until needs checking 90 to 30',
    );
  });
});
