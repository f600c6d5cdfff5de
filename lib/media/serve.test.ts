import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bytesSource, isSameOriginRequest, mediaResponse, mediaResponseHeaders, parseByteRange } from './serve';

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

describe('mediaResponse', () => {
  const bytes = new Uint8Array(Array.from({ length: 100 }, (_, index) => index));
  const answer = (rangeHeader: string | null) =>
    mediaResponse({ source: bytesSource(bytes), contentType: 'video/mp4', kind: 'video', isDownload: false, rangeHeader });

  it('sends the whole file with 200 when no range is asked for', async () => {
    const response = await answer(null);
    assert.ok(response);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('accept-ranges'), 'bytes');
    assert.equal((await response.arrayBuffer()).byteLength, 100);
  });

  it('sends only the asked-for bytes with 206 and Content-Range', async () => {
    const response = await answer('bytes=10-19');
    assert.ok(response);
    assert.equal(response.status, 206);
    assert.equal(response.headers.get('content-range'), 'bytes 10-19/100');
    assert.equal(response.headers.get('content-length'), '10');
    assert.deepEqual([...new Uint8Array(await response.arrayBuffer())], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('answers 416 with the size for a range outside the file', async () => {
    for (const header of ['bytes=100-', 'bytes=5-1', 'bytes=-0', 'bytes=99999999999999999999-']) {
      const response = await answer(header);
      assert.ok(response);
      assert.equal(response.status, 416, header);
      assert.equal(response.headers.get('content-range'), 'bytes */100');
    }
  });

  it('reads only the range from the source, never the whole file', async () => {
    const asked: Array<{ start: number; end: number }> = [];
    const response = await mediaResponse({
      source: { size: 1_000_000, read: async (range) => (asked.push(range), new Uint8Array(range.end - range.start + 1)) },
      contentType: 'video/mp4',
      kind: 'video',
      isDownload: false,
      rangeHeader: 'bytes=500000-500099',
    });
    assert.equal(response?.status, 206);
    assert.deepEqual(asked, [{ start: 500000, end: 500099 }]);
  });

  it('is null when the file went missing between its size and its bytes', async () => {
    const gone = await mediaResponse({ source: { size: 10, read: async () => null }, contentType: 'video/mp4', kind: 'video', isDownload: false, rangeHeader: null });
    assert.equal(gone, null);
  });
});
