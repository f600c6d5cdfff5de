import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks, keeping positions', () => {
    const text = 'What do you want to do next? Find a course. Apply today!';
    const sentences = splitSentences(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['What do you want to do next?', 'Find a course.', 'Apply today!'],
    );
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('keeps a heading with no full stop as one sentence and skips empty bits', () => {
    assert.deepEqual(splitSentences('  Find a course  ').map((s) => s.text), ['Find a course']);
    assert.deepEqual(splitSentences(' . ... '), []);
  });

  it('keeps prices and times whole', () => {
    assert.deepEqual(splitSentences('It pays £8.00 an hour. Starts at 9.30am!').map((s) => s.text), [
      'It pays £8.00 an hour.',
      'Starts at 9.30am!',
    ]);
  });
});
