import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storySchema } from './schemas';

const base = { subject: 'provider', tellerName: 'Aisha', tellerAge: '17', transcript: 'I love it here.', hasConsent: 'on' };

describe('storySchema', () => {
  it('accepts a complete story, age optional', () => {
    assert.equal(storySchema.parse(base).tellerAge, 17);
    assert.equal(storySchema.parse({ ...base, tellerAge: '' }).tellerAge, null);
  });

  it('keeps to a first name', () => {
    assert.equal(storySchema.safeParse({ ...base, tellerName: 'Aisha Khan' }).success, false);
  });

  it('needs the words and the young person’s agreement', () => {
    assert.equal(storySchema.safeParse({ ...base, transcript: '  ' }).success, false);
    assert.equal(storySchema.safeParse({ ...base, hasConsent: undefined }).success, false);
  });

  it('refuses an age outside 13 to 30', () => {
    assert.equal(storySchema.safeParse({ ...base, tellerAge: '9' }).success, false);
    assert.equal(storySchema.safeParse({ ...base, tellerAge: 'seventeen' }).success, false);
  });
});
