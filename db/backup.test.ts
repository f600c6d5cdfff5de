import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { gzipSync } from 'node:zlib';
import { backupKindOf, libpqEnvironment, pgliteDirectory } from './backup';

test('a restore tells a PGlite backup from a pg_dump one by its first bytes, and refuses anything else', async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'backup-kind-'));
  try {
    const files = {
      pglite: gzipSync(Buffer.from('a tar file')),
      postgres: Buffer.from('PGDMP\x01\x0f\x00'),
      other: Buffer.from('<html>not a backup</html>'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(work, name), bytes);
    assert.equal(await backupKindOf(path.join(work, 'pglite')), 'pglite');
    assert.equal(await backupKindOf(path.join(work, 'postgres')), 'postgres');
    assert.equal(await backupKindOf(path.join(work, 'other')), null);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the PGlite folder is PGLITE_DIR, or .data/pglite', () => {
  assert.equal(pgliteDirectory({ PGLITE_DIR: '/tmp/x' }), '/tmp/x');
  assert.equal(pgliteDirectory({}), path.resolve('.data/pglite'));
});

test('pg_dump and pg_restore get the connection from environment variables, never a password on the command line', () => {
  assert.deepEqual(libpqEnvironment('postgres://app:s%40cret@db.example:5433/next_steps?sslmode=require'), {
    PGHOST: 'db.example',
    PGDATABASE: 'next_steps',
    PGPORT: '5433',
    PGUSER: 'app',
    PGPASSWORD: 's@cret',
    PGSSLMODE: 'require',
  });
  assert.deepEqual(libpqEnvironment('postgres://postgres@127.0.0.1/next_steps'), {
    PGHOST: '127.0.0.1',
    PGDATABASE: 'next_steps',
    PGUSER: 'postgres',
  });
});
