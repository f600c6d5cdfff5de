import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeReview } from './review-words';

describe('describeReview', () => {
  it('says when a vacancy waits, and why', () => {
    assert.match(describeReview('waiting', 'approved') ?? '', /^Waiting for the council to check it/);
    assert.match(describeReview('not_needed', 'pending') ?? '', /approve your organisation/);
    assert.equal(describeReview('approved', 'pending'), null);
    assert.equal(describeReview('not_needed', 'approved'), null);
  });
});

describe('describeReview after a council decision', () => {
  it('says a sent-back vacancy needs changes, and a turned-down employer is hidden', () => {
    assert.equal(describeReview('waiting', 'approved', true), 'Sent back: needs changes');
    assert.equal(describeReview('waiting', 'pending', true), 'Sent back: needs changes');
    assert.match(describeReview('approved', 'rejected') ?? '', /turned down your organisation/);
    assert.match(describeReview('waiting', 'suspended', true) ?? '', /paused/);
  });
});
