import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startOfLondonMonth } from './area-figures';

describe('startOfLondonMonth', () => {
  it('is midnight on the 1st in London time', () => {
    // December: London is on GMT.
    assert.equal(startOfLondonMonth(new Date('2026-12-02T12:00:00Z')).toISOString(), '2026-12-01T00:00:00.000Z');
    // July: London is on BST, so the month starts at 23:00 UTC the day before.
    assert.equal(startOfLondonMonth(new Date('2026-07-15T09:00:00Z')).toISOString(), '2026-06-30T23:00:00.000Z');
  });

  it('counts the first hour of a BST month in London as that month', () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London.
    assert.equal(startOfLondonMonth(new Date('2026-05-31T23:30:00Z')).toISOString(), '2026-05-31T23:00:00.000Z');
  });
});
