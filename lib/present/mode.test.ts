import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPresentModeOn } from './mode';

describe('isPresentModeOn', () => {
  it('reads the cookie among others', () => {
    assert.equal(isPresentModeOn('a=1; ns_present=1'), true);
    assert.equal(isPresentModeOn('ns_present=0; b=2'), false);
    assert.equal(isPresentModeOn(''), false);
  });
});
