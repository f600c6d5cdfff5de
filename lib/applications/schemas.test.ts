import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANSWER_MAX, parseAnswers } from './schemas';

const question = '3f1c7a52-5b7e-4d1a-9a53-4a0f2b7c9e11';
const other = '7d0e9a64-1c2b-4f3a-8e5d-6b7a8c9d0e12';
const recording = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('parseAnswers', () => {
  it('reads text answers and recordings by question, trimming the text', () => {
    const parsed = parseAnswers(
      form([
        [`answer-${question}`, '  I like fixing things  '],
        [`media-${question}`, recording],
        [`media-${other}`, ''],
      ]),
    );
    assert.deepEqual(parsed.answers, { [question]: 'I like fixing things' });
    // An empty recorder field means "no recording now"; one not sent at all leaves the answer's recording alone.
    assert.deepEqual(parsed.media, { [question]: recording, [other]: null });
    assert.deepEqual(parsed.fieldErrors, {});
  });

  it('ignores fields that are not a question id, and recordings that are not an id', () => {
    const parsed = parseAnswers(
      form([
        ['answer-../../etc', 'x'],
        [`media-${question}`, "'; drop table users; --"],
        ['id', question],
      ]),
    );
    assert.deepEqual(parsed.answers, {});
    assert.deepEqual(parsed.media, {});
  });

  it('says so when an answer is too long, naming its field', () => {
    const parsed = parseAnswers(form([[`answer-${question}`, 'a'.repeat(ANSWER_MAX + 1)]]));
    assert.equal(parsed.fieldErrors[`answer-${question}`], `Your answer must be ${ANSWER_MAX} characters or fewer`);
  });
});
