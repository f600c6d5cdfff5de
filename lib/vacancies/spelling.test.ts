import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { correctSpelling, trigramSimilarity, trigramsOf } from './spelling';

const TITLE_WORDS = ['apprentice', 'hairdressing', 'hair', 'stylist', 'mechanic', 'motor', 'vehicle', 'electrician', 'warehouse', 'operative', 'chef', 'checkout', 'assistant', 'care', 'worker', 'retail'];

describe('trigram similarity', () => {
  it('matches pg_trgm: padded with two spaces before and one after', () => {
    assert.deepEqual([...trigramsOf('cat')].sort(), ['  c', ' ca', 'at ', 'cat'].sort());
    assert.equal(trigramSimilarity(trigramsOf('word'), trigramsOf('word')), 1);
    // PostgreSQL: SELECT similarity('word', 'words') = 0.5714286 (4 shared of 7).
    assert.equal(trigramSimilarity(trigramsOf('word'), trigramsOf('words')).toFixed(4), (4 / 7).toFixed(4));
  });
});

describe('correctSpelling', () => {
  it('corrects common misspellings to the title word', () => {
    assert.equal(correctSpelling('hairdresing', TITLE_WORDS), 'hairdressing');
    assert.equal(correctSpelling('mechnic', TITLE_WORDS), 'mechanic');
    assert.equal(correctSpelling('mechanik', TITLE_WORDS), 'mechanic');
    assert.equal(correctSpelling('electrican', TITLE_WORDS), 'electrician');
    assert.equal(correctSpelling('warehose', TITLE_WORDS), 'warehouse');
    assert.equal(correctSpelling('Aprentice Mechnic', TITLE_WORDS), 'apprentice mechanic');
  });

  it('keeps known and short words, and gives null when nothing could be corrected', () => {
    assert.equal(correctSpelling('care worker', TITLE_WORDS), null);
    assert.equal(correctSpelling('astronaut', TITLE_WORDS), null);
    assert.equal(correctSpelling('chf', TITLE_WORDS), null);
    assert.equal(correctSpelling('', TITLE_WORDS), null);
    assert.equal(correctSpelling('hairdresing', []), null);
  });

  it('does not turn "chef" into "checkout"', () => {
    assert.equal(correctSpelling('chefs', TITLE_WORDS), 'chef');
  });
});
