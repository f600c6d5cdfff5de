import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { newStorageKey } from './keys';
import { localDiskStorage } from './storage';

describe('localDiskStorage ranged reads', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'next-steps-storage-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const storage = localDiskStorage(root);

  it('knows the size and streams only the bytes asked for', async () => {
    const key = newStorageKey(crypto.randomUUID());
    await storage.put(key, new Uint8Array(Array.from({ length: 256 }, (_, index) => index)), 'video/mp4');
    assert.equal(await storage.size(key), 256);
    const stream = await storage.readRange(key, { start: 250, end: 255 });
    assert.ok(stream);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    assert.deepEqual([...bytes], [250, 251, 252, 253, 254, 255]);
  });

  it('is null for a key with nothing stored', async () => {
    const key = newStorageKey(crypto.randomUUID());
    assert.equal(await storage.size(key), null);
    assert.equal(await storage.readRange(key, { start: 0, end: 1 }), null);
  });
});
