import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMedia, extensionFor, isMediaKind, isServableContentType, MEDIA_MAX_BYTES } from './rules';

describe('checkMedia', () => {
  it('accepts Ogg Opus sound (Firefox records it) although the detected type has a codecs parameter', () => {
    assert.deepEqual(checkMedia({ kind: 'audio', byteSize: 1000, detectedType: 'audio/ogg; codecs=opus' }), {
      isAccepted: true,
      contentType: 'audio/ogg',
    });
  });

  it('accepts a JPEG photo and stores it as JPEG', () => {
    assert.deepEqual(checkMedia({ kind: 'photo', byteSize: 1000, detectedType: 'image/jpeg' }), {
      isAccepted: true,
      contentType: 'image/jpeg',
    });
  });

  it('re-encodes PNG and WebP photos to JPEG', () => {
    for (const type of ['image/png', 'image/webp']) {
      const result = checkMedia({ kind: 'photo', byteSize: 1000, detectedType: type });
      assert.equal(result.isAccepted && result.contentType, 'image/jpeg');
    }
  });

  it('stores a WebM voice note (detected as video/webm) as audio/webm', () => {
    const result = checkMedia({ kind: 'audio', byteSize: 5000, detectedType: 'video/webm' });
    assert.equal(result.isAccepted && result.contentType, 'audio/webm');
  });

  it('refuses an empty file', () => {
    const result = checkMedia({ kind: 'audio', byteSize: 0, detectedType: null });
    assert.equal(!result.isAccepted && result.problem, 'empty');
  });

  it('refuses a file just over the limit for its kind, and allows one at the limit', () => {
    const over = checkMedia({ kind: 'photo', byteSize: MEDIA_MAX_BYTES.photo + 1, detectedType: 'image/jpeg' });
    assert.equal(!over.isAccepted && over.problem, 'too_big');
    assert.match(!over.isAccepted ? over.message : '', /smaller than 15 MB/);
    assert.equal(checkMedia({ kind: 'photo', byteSize: MEDIA_MAX_BYTES.photo, detectedType: 'image/jpeg' }).isAccepted, true);
  });

  it('refuses bytes that match nothing (HTML, SVG, scripts) whatever the name said', () => {
    const result = checkMedia({ kind: 'photo', byteSize: 40, detectedType: null });
    assert.equal(!result.isAccepted && result.problem, 'wrong_type');
  });

  it('refuses a real type that belongs to another kind', () => {
    assert.equal(checkMedia({ kind: 'photo', byteSize: 40, detectedType: 'video/mp4' }).isAccepted, false);
    assert.equal(checkMedia({ kind: 'video', byteSize: 40, detectedType: 'image/jpeg' }).isAccepted, false);
    assert.equal(checkMedia({ kind: 'audio', byteSize: 40, detectedType: 'application/pdf' }).isAccepted, false);
  });
});

describe('media helpers', () => {
  it('knows the kinds', () => {
    assert.equal(isMediaKind('photo'), true);
    assert.equal(isMediaKind('document'), false);
    assert.equal(isMediaKind(undefined), false);
  });

  it('serves only types it stores', () => {
    assert.equal(isServableContentType('image/jpeg'), true);
    assert.equal(isServableContentType('audio/webm'), true);
    assert.equal(isServableContentType('text/html'), false);
    assert.equal(isServableContentType('image/svg+xml'), false);
  });

  it('names files by their stored type', () => {
    assert.equal(extensionFor('image/jpeg'), 'jpg');
    assert.equal(extensionFor('video/quicktime'), 'mov');
  });
});
