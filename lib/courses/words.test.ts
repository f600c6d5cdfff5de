import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePlaces, formatDateOnly, formatEvent } from './words';

describe('course words', () => {
  it('writes dates the British way, in words', () => {
    assert.equal(formatDateOnly('2027-09-06'), '6 September 2027');
    assert.equal(
      formatEvent(new Date('2026-12-12T10:00:00Z'), new Date('2026-12-12T13:30:00Z')),
      'Saturday 12 December 2026, 10am to 1:30pm',
    );
  });

  it('says open-ended places plainly', () => {
    assert.equal(describePlaces(null), 'No limit on places');
    assert.equal(describePlaces(1), '1 place');
    assert.equal(describePlaces(24), '24 places');
  });
});
