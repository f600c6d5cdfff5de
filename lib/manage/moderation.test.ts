import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { approveRefusal, canSendBack, REASON_MAX, reasonSchema, turnDownRefusal } from './moderation';

describe('approveRefusal', () => {
  it('approves only a pending employer', () => {
    assert.equal(approveRefusal('pending'), null);
    assert.match(approveRefusal('suspended') ?? '', /paused/);
    assert.match(approveRefusal('rejected') ?? '', /turned down/);
    assert.match(approveRefusal('approved') ?? '', /already approved/);
  });
});

describe('turnDownRefusal', () => {
  it('turns down only a pending employer', () => {
    assert.equal(turnDownRefusal('pending'), null);
    assert.notEqual(turnDownRefusal('approved'), null);
    assert.notEqual(turnDownRefusal('suspended'), null);
    assert.match(turnDownRefusal('rejected') ?? '', /already/);
  });
});

describe('canSendBack', () => {
  it('sends back only a waiting vacancy that is not sent back already', () => {
    assert.equal(canSendBack('waiting', null), true);
    assert.equal(canSendBack('waiting', 'Take out "young"'), false);
    assert.equal(canSendBack('approved', null), false);
    assert.equal(canSendBack('not_needed', null), false);
  });
});

describe('reasonSchema', () => {
  it('needs a short reason, trimmed', () => {
    assert.deepEqual(reasonSchema.parse({ reason: '  Not a real business.  ' }), { reason: 'Not a real business.' });
    assert.match(reasonSchema.safeParse({ reason: '   ' }).error?.issues[0]?.message ?? '', /Enter a reason/);
    assert.match(reasonSchema.safeParse({ reason: 'a'.repeat(REASON_MAX + 1) }).error?.issues[0]?.message ?? '', /500 letters or fewer/);
    assert.equal(reasonSchema.safeParse({ reason: 'a'.repeat(REASON_MAX) }).success, true);
  });
});
