import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flagWording } from './wording';

describe('flagWording', () => {
  it('finds discriminatory and unsafe phrases, ignoring case and punctuation', () => {
    assert.deepEqual(flagWording('We want someone YOUNG and energetic!', 'Paid cash-in-hand. No foreigners.'), [
      'young and energetic',
      'no foreigners',
      'cash in hand',
    ]);
  });

  it('matches whole words only', () => {
    assert.deepEqual(flagWording("Our men's and women's barbers", 'Womens only hairdressing course'), []);
    assert.deepEqual(flagWording('A friendly team. Full training given.'), []);
  });

  it('names each phrase once', () => {
    assert.deepEqual(flagWording('cash in hand', 'Cash in hand'), ['cash in hand']);
  });
});
