import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
// s3rver: an S3 look-alike run in this process (no network needed). It checks the access key but, for
// signature version 4, not the signature itself: aws4fetch's signing is that library's own, tested work.
import S3rver from 's3rver';
import { newStorageKey } from './keys';
import { type MediaStorage, s3Storage } from './storage';

// The S3 storage against a real S3-compatible server: signed PUT, GET, HEAD, ranged GET and DELETE.

const directory = mkdtempSync(path.join(tmpdir(), 'next-steps-s3-'));
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'media', configs: [] }] });
let storage: MediaStorage;
let port = 0;

before(async () => {
  port = ((await server.run()) as AddressInfo).port;
  // s3rver's built-in key pair; it refuses any other access key.
  storage = s3Storage({ endpoint: `http://127.0.0.1:${port}`, bucket: 'media', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
});

after(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

const bytes = new TextEncoder().encode('0123456789abcdefghij');
const owner = '0b7c9f1e-1111-4222-8333-444455556666';
const [clipKey, rangeKey, noneKey, goneKey, badKey] = [1, 2, 3, 4, 5].map(() => newStorageKey(owner)) as [string, string, string, string, string];

test('a file put in the bucket comes back whole, with its size', async () => {
  await storage.put(clipKey, bytes, 'audio/webm');
  assert.deepEqual(await storage.get(clipKey), bytes);
  assert.equal(await storage.size(clipKey), bytes.length);
});

test('a byte range reads only those bytes', async () => {
  await storage.put(rangeKey, bytes, 'audio/webm');
  const stream = await storage.readRange(rangeKey, { start: 5, end: 9 });
  assert.ok(stream);
  const text = await new Response(stream).text();
  assert.equal(text, '56789');
});

test('a missing file is null, not an error; a deleted file is gone; deleting twice is fine', async () => {
  assert.equal(await storage.get(noneKey), null);
  assert.equal(await storage.size(noneKey), null);
  await storage.put(goneKey, bytes, 'audio/webm');
  await storage.delete(goneKey);
  await storage.delete(goneKey);
  assert.equal(await storage.get(goneKey), null);
});

test('a request with an access key the bucket does not know is refused', async () => {
  const wrong = s3Storage({ endpoint: `http://127.0.0.1:${port}`, bucket: 'media', region: 'us-east-1', accessKeyId: 'NOBODY', secretAccessKey: 'wrong' });
  await assert.rejects(wrong.put(badKey, bytes, 'audio/webm'), /refused the upload/);
});
