import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeNewMatches } from './words';

describe('describeNewMatches', () => {
  it('counts in plain words', () => {
    assert.equal(describeNewMatches(1), '1 new match');
    assert.equal(describeNewMatches(4), '4 new matches');
  });
});
