import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codesPerNetworkFrom, describeWait } from './rate-limits';

describe('sign-in limits', () => {
  it('allows 100 codes per network unless a whole number of at least 1 is set', () => {
    assert.equal(codesPerNetworkFrom({}), 100);
    assert.equal(codesPerNetworkFrom({ SIGN_IN_CODES_PER_NETWORK: '5000' }), 5000);
    for (const bad of ['0', '-3', '2.5', 'lots', '']) assert.equal(codesPerNetworkFrom({ SIGN_IN_CODES_PER_NETWORK: bad }), 100);
  });

  it('says how long to wait in whole minutes, never "0 minutes"', () => {
    assert.equal(describeWait(5), 'in 1 minute');
    assert.equal(describeWait(61), 'in 2 minutes');
  });
});
