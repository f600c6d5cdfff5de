import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHOOSE_ADVISER_MESSAGE, CHOOSE_PARTS_MESSAGE, grantConsentSchema, youngPersonSearchSchema } from './schemas';

const adviser = '0b6f8f0e-3c1a-4c8e-9d7a-2f0a1b2c3d4e';

describe('grantConsentSchema', () => {
  it('keeps only real parts', () => {
    const result = grantConsentSchema.safeParse({ adviser, parts: 'cv,nonsense,applications' });
    assert.deepEqual(result.success && result.data.parts, ['cv', 'applications']);
  });

  it('asks for an adviser and at least one part', () => {
    const result = grantConsentSchema.safeParse({ adviser: '', parts: '' });
    assert.equal(result.success, false);
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    assert.deepEqual(messages.sort(), [CHOOSE_ADVISER_MESSAGE, CHOOSE_PARTS_MESSAGE].sort());
  });
});

describe('youngPersonSearchSchema', () => {
  it('needs a real reason', () => {
    assert.equal(youngPersonSearchSchema.safeParse({ name: 'Jade', reason: 'because' }).success, false);
    assert.equal(youngPersonSearchSchema.safeParse({ name: 'Jade', reason: 'She came into the centre for help' }).success, true);
  });
});
