import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProviderPause, pauseDoneWords, providerStatusWords } from './pause-words';

describe('words for a paused provider', () => {
  it('tells a paused provider’s staff that young people cannot see their courses, in the employer wording', () => {
    assert.equal(
      describeProviderPause(new Date('2026-12-01T10:00:00Z')),
      'The council has paused your organisation. Young people cannot see your courses.',
    );
  });

  it('says nothing to a live provider', () => {
    assert.equal(describeProviderPause(null), null);
  });

  it('shows Paused or Live in the council’s list', () => {
    assert.equal(providerStatusWords(new Date()), 'Paused');
    assert.equal(providerStatusWords(null), 'Live');
  });

  it('tells the council admin what pausing and restoring did', () => {
    assert.match(pauseDoneWords('Riverside College', true), /^Riverside College is paused\. Young people cannot see/);
    assert.match(pauseDoneWords('Riverside College', true), /staff can still sign in/);
    assert.match(pauseDoneWords('Riverside College', false), /^Riverside College is restored\./);
  });
});
