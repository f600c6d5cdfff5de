import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adviserSavedSearchSchema } from './schemas';

const id = '0b6c1f2e-3d4a-4b5c-8d9e-0f1a2b3c4d5e';

describe('adviserSavedSearchSchema', () => {
  it('takes words, a kind of job, or both', () => {
    assert.deepEqual(adviserSavedSearchSchema.parse({ youngPersonId: id, q: ' care ', type: '' }), { youngPersonId: id, q: 'care', type: undefined });
    assert.equal(adviserSavedSearchSchema.parse({ youngPersonId: id, q: '', type: 'apprenticeship' }).type, 'apprenticeship');
  });

  it('asks for something to search for', () => {
    const result = adviserSavedSearchSchema.safeParse({ youngPersonId: id, q: '  ', type: '' });
    assert.equal(result.success, false);
    assert.equal(result.error?.issues[0]?.message, 'Enter words to search for, or choose a kind of job');
  });
});
