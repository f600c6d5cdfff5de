import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readabilityOf } from './readability';

describe('readabilityOf', () => {
  it('gives short, plain sentences a low reading age', () => {
    const result = readabilityOf(['Find a job near you.', 'Tap a picture.', 'Save it for later.']);
    assert.equal(result.sentences, 3);
    assert.equal(result.words, 12);
    assert.ok(result.readingAge <= 7, `reading age ${result.readingAge}`);
  });

  it('gives long sentences of long words a high reading age', () => {
    const result = readabilityOf([
      'Notwithstanding the aforementioned considerations, applicants should familiarise themselves with the comprehensive institutional documentation regarding eligibility requirements.',
    ]);
    assert.ok(result.readingAge >= 18, `reading age ${result.readingAge}`);
  });

  it('counts a heading or button without a full stop as a sentence of its own', () => {
    const result = readabilityOf(['Your applications', 'Save my answers', 'You have sent 2. One is waiting.']);
    assert.equal(result.sentences, 4);
  });

  it('matches the Flesch–Kincaid formula on a worked example', () => {
    // "The cat sat on the mat." 6 words, 6 syllables, 1 sentence: grade 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45 → 0.
    assert.equal(readabilityOf(['The cat sat on the mat.']).readingAge, 5);
    // "Apprentices earn money while they learn." 6 words, 10 syllables: 2.34 + 19.67 − 15.59 = 6.42 → 11.4.
    const result = readabilityOf(['Apprentices earn money while they learn.']);
    assert.equal(result.syllables, 10);
    assert.equal(result.readingAge, 11.4);
  });

  it('has nothing to say about an empty page', () => {
    assert.deepEqual(readabilityOf([]), { words: 0, sentences: 0, syllables: 0, readingAge: 0 });
  });
});
