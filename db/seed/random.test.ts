import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom, seedFromText } from './random';

describe('createRandom', () => {
  it('gives the same numbers for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    assert.deepEqual(
      Array.from({ length: 5 }, () => a.next()),
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it('keeps whole numbers in range, both ends included', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const n = random.int(1, 3);
      assert.ok(n >= 1 && n <= 3);
      seen.add(n);
    }
    assert.deepEqual([...seen].sort(), [1, 2, 3]);
  });

  it('shuffles without losing or changing the input', () => {
    const items = [1, 2, 3, 4, 5];
    const shuffled = createRandom(9).shuffle(items);
    assert.deepEqual([...shuffled].sort(), items);
    assert.deepEqual(items, [1, 2, 3, 4, 5]);
  });

  it('seeds differently for different text', () => {
    assert.notEqual(seedFromText('Hairdresser'), seedFromText('Plumber'));
    assert.equal(seedFromText('Hairdresser'), seedFromText('Hairdresser'));
  });
});
