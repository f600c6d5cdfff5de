import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCaptions, parseCueTime } from './captions';

describe('parseCueTime', () => {
  it('reads minutes and hours forms', () => {
    assert.equal(parseCueTime('00:01.500'), 1.5);
    assert.equal(parseCueTime('01:02:03.004'), 3723.004);
  });
  it('refuses what is not a time', () => {
    for (const bad of ['1.5', '00:60.000', 'aa:bb.ccc', '', '00:01,500']) assert.equal(parseCueTime(bad), null, bad);
  });
});

describe('checkCaptions', () => {
  const good = 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello, I am Aisha.\n\n00:02.000 --> 00:05.500 line:90%\nI fix cars.\n';

  it('accepts a WebVTT file, tidying line endings and the byte-order mark', () => {
    const result = checkCaptions(`\uFEFF${good.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(result, { isValid: true, captions: good });
  });

  it('needs the header', () => {
    const result = checkCaptions(good.replace('WEBVTT', 'WEBVTX'));
    assert.equal(result.isValid, false);
  });

  it('needs at least one cue', () => {
    assert.equal(checkCaptions('WEBVTT\n\nNOTE nothing here\n').isValid, false);
  });

  it('refuses times that run backwards or out of order', () => {
    assert.equal(checkCaptions('WEBVTT\n\n00:03.000 --> 00:02.000\nNo\n').isValid, false);
    assert.equal(checkCaptions('WEBVTT\n\n00:03.000 --> 00:04.000\nA\n\n00:01.000 --> 00:02.000\nB\n').isValid, false);
  });

  it('refuses a binary file that happens to start with the header', () => {
    assert.equal(checkCaptions('WEBVTT\n\u0000\u0001').isValid, false);
  });
});
