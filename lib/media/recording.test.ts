import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRecording, describeRecordingError, formatTimer } from './recording';

describe('recording helpers', () => {
  it('formats the timer', () => {
    assert.equal(formatTimer(0), '0:00');
    assert.equal(formatTimer(5.9), '0:05');
    assert.equal(formatTimer(150), '2:30');
  });

  it('gives a way forward when the microphone is refused or missing', () => {
    assert.match(describeRecordingError('NotAllowedError', 'audio'), /did not allow the microphone.*upload a file instead/);
    assert.match(describeRecordingError('NotFoundError', 'video'), /camera and microphone.*Upload a file instead/);
    assert.match(describeRecordingError('Weird', 'audio'), /upload a file instead/);
  });

  it('refuses empty and oversized recordings', () => {
    assert.match(checkRecording('audio', 0) ?? '', /empty/);
    assert.match(checkRecording('video', 500 * 1024 * 1024) ?? '', /too big/);
    assert.equal(checkRecording('audio', 2000), null);
  });
});
