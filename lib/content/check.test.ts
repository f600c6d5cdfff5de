import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkContent, sentencesOf, wordCount } from './check';

describe('content check', () => {
  it('never lets "NEET" through, in any form', () => {
    assert.equal(checkContent('Young people who are NEET')[0]?.kind, 'banned-word');
    assert.equal(checkContent('NEETs in Calderdale')[0]?.kind, 'banned-word');
    assert.equal(checkContent('Not in education, employment or training')[0]?.kind, 'banned-word');
    assert.deepEqual(checkContent('Looking for work or training'), []);
  });

  it('does not flag words that only contain a banned word', () => {
    assert.deepEqual(checkContent('We meet at the youth centre'), []);
    assert.deepEqual(checkContent('Commercial cookery'), []);
  });

  it('flags formal words with a plain one instead', () => {
    const [problem] = checkContent('You can utilise this service.');
    assert.deepEqual(problem, { kind: 'banned-word', word: 'utilise', instead: 'use' });
  });

  it('flags a sentence longer than 25 words, and only that one', () => {
    const long = ['This', ...Array.from({ length: 25 }, () => 'word')].join(' ') + '.';
    const problems = checkContent(`Short one. ${long} Another short one.`);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.kind === 'long-sentence' && problems[0].words, 26);
  });

  it('splits sentences and counts words', () => {
    assert.deepEqual(sentencesOf('One. Two! “Three?” Four'), ['One.', 'Two!', '“Three?”', 'Four']);
    assert.equal(wordCount('It costs £0 – really.'), 4);
  });
});
