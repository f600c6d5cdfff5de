import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutControlCharacters } from './clean-text';

describe('withoutControlCharacters', () => {
  it('takes out null bytes, other control characters and direction overrides', () => {
    assert.equal(withoutControlCharacters('care\u0000work'), 'carework');
    assert.equal(withoutControlCharacters('\u0001\u001b[31m\u007f'), '[31m');
    assert.equal(withoutControlCharacters('gnirael\u202Etxt.exe'), 'gniraeltxt.exe');
  });

  it('keeps ordinary text, accents, emoji, tabs and new lines', () => {
    for (const text of ['Hair & beauty', 'Zoë’s café', '👩🏽‍🔧 mechanic', 'a\tb\nc']) assert.equal(withoutControlCharacters(text), text);
  });

  it('passes anything that is not a string through', () => {
    assert.equal(withoutControlCharacters(undefined), undefined);
    assert.deepEqual(withoutControlCharacters(['a']), ['a']);
  });
});
