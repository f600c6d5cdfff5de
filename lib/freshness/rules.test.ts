import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeChecked, freshnessOf, freshnessRulesFrom, visibleSince } from './rules';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const rules = { warnAfterDays: 90, hideAfterDays: 180 };

describe('freshnessOf', () => {
  it('is fresh up to the warning age, then needs checking, then hidden', () => {
    assert.equal(freshnessOf(daysAgo(0), now, rules), 'fresh');
    assert.equal(freshnessOf(daysAgo(90), now, rules), 'fresh');
    assert.equal(freshnessOf(daysAgo(91), now, rules), 'needs-checking');
    assert.equal(freshnessOf(daysAgo(180), now, rules), 'needs-checking');
    assert.equal(freshnessOf(daysAgo(181), now, rules), 'hidden');
  });

  it('agrees with visibleSince', () => {
    assert.equal(visibleSince(now, rules).getTime(), daysAgo(180).getTime());
  });
});

describe('freshnessRulesFrom', () => {
  it('reads whole positive days and falls back otherwise', () => {
    assert.deepEqual(freshnessRulesFrom({}), { warnAfterDays: 90, hideAfterDays: 180 });
    assert.deepEqual(freshnessRulesFrom({ FRESHNESS_WARN_DAYS: '30', FRESHNESS_HIDE_DAYS: '60' }), { warnAfterDays: 30, hideAfterDays: 60 });
    assert.deepEqual(freshnessRulesFrom({ FRESHNESS_WARN_DAYS: 'soon', FRESHNESS_HIDE_DAYS: '-1' }), { warnAfterDays: 90, hideAfterDays: 180 });
  });

  it('never hides a record before warning about it', () => {
    assert.deepEqual(freshnessRulesFrom({ FRESHNESS_WARN_DAYS: '100', FRESHNESS_HIDE_DAYS: '50' }), { warnAfterDays: 100, hideAfterDays: 100 });
  });
});

describe('describeChecked', () => {
  it('says the date in words', () => {
    assert.equal(describeChecked(new Date('2026-11-03T10:00:00Z')), 'Checked on 3 November 2026');
    assert.equal(describeChecked(new Date('2026-11-03T10:00:00Z'), 'the council'), 'Checked by the council on 3 November 2026');
  });
});
