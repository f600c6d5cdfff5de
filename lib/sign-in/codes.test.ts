import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeState, generateCode, generateToken, hashCode, isCodeCorrect, MAX_FAILED_ATTEMPTS } from './codes';

describe('sign-in codes', () => {
  it('are six digits, including leading zeros', () => {
    for (let i = 0; i < 200; i += 1) assert.match(generateCode(), /^\d{6}$/);
  });

  it('check only the right code for the right row and secret', () => {
    const hash = hashCode('042917', 'row-1', 'secret');
    assert.equal(isCodeCorrect('042917', 'row-1', 'secret', hash), true);
    assert.equal(isCodeCorrect('042918', 'row-1', 'secret', hash), false);
    assert.equal(isCodeCorrect('042917', 'row-2', 'secret', hash), false);
    assert.equal(isCodeCorrect('042917', 'row-1', 'other', hash), false);
    assert.notEqual(hash, '042917');
  });

  it('tokens are long and unique', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateToken));
    assert.equal(tokens.size, 100);
    for (const token of tokens) assert.ok(token.length >= 43);
  });
});

describe('codeState', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const fresh = { expiresAt: new Date('2026-11-23T12:05:00Z'), consumedAt: null, failedAttempts: 0 };

  it('is usable while fresh, unused and under the try limit', () => {
    assert.equal(codeState(fresh, now), 'usable');
    assert.equal(codeState({ ...fresh, failedAttempts: MAX_FAILED_ATTEMPTS - 1 }, now), 'usable');
  });

  it('is expired, used or locked otherwise', () => {
    assert.equal(codeState({ ...fresh, expiresAt: now }, now), 'expired');
    assert.equal(codeState({ ...fresh, consumedAt: now }, now), 'used');
    assert.equal(codeState({ ...fresh, failedAttempts: MAX_FAILED_ATTEMPTS }, now), 'locked');
  });
});
