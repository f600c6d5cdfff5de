import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeParts, describeWhen } from './words';

describe('describeParts', () => {
  it('joins parts the way people say them', () => {
    assert.equal(describeParts(['cv']), 'your CV');
    assert.equal(describeParts(['profile', 'cv', 'applications']), 'your details and the things you saved, your CV and your applications');
    assert.equal(describeParts([]), 'nothing');
  });
});

describe('describeWhen', () => {
  it('says the day and UK time', () => {
    assert.equal(describeWhen(new Date('2026-12-01T22:41:00Z')), 'Tuesday 1 December at 10:41pm');
    assert.equal(describeWhen(new Date('2026-07-01T09:05:00Z')), 'Wednesday 1 July at 10:05am');
  });
});
