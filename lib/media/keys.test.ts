import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isStorageKey, newStorageKey } from './keys';

describe('storage keys', () => {
  const owner = '0b7c2c1e-7a0e-4c39-9d3c-3f3f3f3f3f3f';

  it('makes keys it accepts, each different', () => {
    const a = newStorageKey(owner);
    assert.equal(isStorageKey(a), true);
    assert.notEqual(a, newStorageKey(owner));
  });

  it('refuses anything that could reach outside the media folder', () => {
    for (const key of ['../etc/passwd', `${owner}/../../x`, `/${owner}/x`, '', `${owner}/${owner}/x`]) {
      assert.equal(isStorageKey(key), false, key);
    }
  });
});
