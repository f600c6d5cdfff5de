import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSameOriginRequest, mediaResponseHeaders, parseByteRange } from './serve';

describe('mediaResponseHeaders', () => {
  it('says the checked type, forbids sniffing and sandboxes the file', () => {
    const headers = mediaResponseHeaders({ contentType: 'image/jpeg', byteSize: 10, kind: 'photo', isDownload: false });
    assert.equal(headers['Content-Type'], 'image/jpeg');
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
    assert.match(headers['Content-Security-Policy'] ?? '', /^sandbox;/);
    assert.equal(headers['Content-Disposition'], 'inline; filename="photo.jpg"');
    assert.equal(
      mediaResponseHeaders({ contentType: 'audio/webm', byteSize: 10, kind: 'audio', isDownload: true })['Content-Disposition'],
      'attachment; filename="audio.webm"',
    );
  });
});

describe('parseByteRange', () => {
  it('reads the ranges browsers send', () => {
    assert.deepEqual(parseByteRange('bytes=0-', 100), { start: 0, end: 99 });
    assert.deepEqual(parseByteRange('bytes=10-19', 100), { start: 10, end: 19 });
    assert.deepEqual(parseByteRange('bytes=90-200', 100), { start: 90, end: 99 });
    assert.deepEqual(parseByteRange('bytes=-10', 100), { start: 90, end: 99 });
  });

  it('sends everything for no range or one it does not understand', () => {
    assert.equal(parseByteRange(null, 100), null);
    assert.equal(parseByteRange('bytes=0-1,5-6', 100), null);
    assert.equal(parseByteRange('items=0-1', 100), null);
  });

  it('refuses ranges outside the file', () => {
    assert.equal(parseByteRange('bytes=100-', 100), 'unsatisfiable');
    assert.equal(parseByteRange('bytes=5-1', 100), 'unsatisfiable');
  });
});

describe('isSameOriginRequest', () => {
  const url = 'http://localhost:3000/api/media';
  it('trusts Sec-Fetch-Site first, then Origin', () => {
    assert.equal(isSameOriginRequest(new Request(url, { method: 'POST', headers: { 'sec-fetch-site': 'same-origin' } })), true);
    assert.equal(isSameOriginRequest(new Request(url, { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } })), false);
    assert.equal(isSameOriginRequest(new Request(url, { method: 'POST', headers: { origin: 'http://localhost:3000' } })), true);
    assert.equal(isSameOriginRequest(new Request(url, { method: 'POST', headers: { origin: 'https://evil.example' } })), false);
    assert.equal(isSameOriginRequest(new Request(url, { method: 'POST' })), false);
  });
});
