import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATEGORY_WORDS_MAX, categoryWordsSchema } from './schemas';

describe('categoryWordsSchema', () => {
  it('trims the words, and empty means the service words', () => {
    assert.equal(categoryWordsSchema.parse('  Fix pipes in Northvale homes. '), 'Fix pipes in Northvale homes.');
    assert.equal(categoryWordsSchema.parse('   '), null);
  });

  it('refuses words that are too long', () => {
    const result = categoryWordsSchema.safeParse('a'.repeat(CATEGORY_WORDS_MAX + 1));
    assert.equal(result.success, false);
    assert.match(result.error!.issues[0]!.message, /200 characters or fewer/);
  });
});
