import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectMediaType, inspectMedia } from './inspect';

// Tiny fixtures: just the first bytes ("magic numbers") each format starts with.
const text = (s: string) => new TextEncoder().encode(s);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
]);
const WAV = new Uint8Array([...text('RIFF'), 36, 0, 0, 0, ...text('WAVEfmt ')]);
// An EBML header with DocType "webm", as MediaRecorder writes.
const WEBM = new Uint8Array([
  0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08,
  0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d, 0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02,
]);
const MP4 = new Uint8Array([0, 0, 0, 0x18, ...text('ftypisom'), 0, 0, 2, 0, ...text('isomiso2')]);
const HTML = text('<!doctype html><script>alert(1)</script>');
const SVG = text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');

describe('detectMediaType reads the bytes, not the name', () => {
  it('finds each known format', async () => {
    assert.equal(await detectMediaType(JPEG), 'image/jpeg');
    assert.equal(await detectMediaType(PNG), 'image/png');
    assert.equal(await detectMediaType(WAV), 'audio/wav');
    assert.equal(await detectMediaType(WEBM), 'video/webm');
    assert.equal(await detectMediaType(MP4), 'video/mp4');
  });

  it('finds nothing in HTML, SVG or empty files', async () => {
    assert.equal(await detectMediaType(HTML), null);
    assert.equal(await detectMediaType(SVG), null);
    assert.equal(await detectMediaType(new Uint8Array()), null);
  });
});

describe('inspectMedia', () => {
  it('accepts a photo and a voice note', async () => {
    assert.deepEqual(await inspectMedia({ kind: 'photo', bytes: PNG }), { isAccepted: true, contentType: 'image/jpeg' });
    assert.deepEqual(await inspectMedia({ kind: 'audio', bytes: WEBM }), { isAccepted: true, contentType: 'audio/webm' });
    assert.deepEqual(await inspectMedia({ kind: 'video', bytes: MP4 }), { isAccepted: true, contentType: 'video/mp4' });
  });

  it('refuses a web page pretending to be a photo', async () => {
    const result = await inspectMedia({ kind: 'photo', bytes: HTML });
    assert.equal(!result.isAccepted && result.problem, 'wrong_type');
  });

  it('refuses an empty recording', async () => {
    const result = await inspectMedia({ kind: 'audio', bytes: new Uint8Array() });
    assert.equal(!result.isAccepted && result.problem, 'empty');
  });
});
