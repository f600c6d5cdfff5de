// `npm run test:backup`: backs up a seeded database with the real commands (npm run db:backup / db:restore),
// restores it into a fresh one and compares the rows in every table. Outside the unit tests: it needs a database.
//
// - No DATABASE_URL: seeds the demo into a new PGlite directory, backs it up, restores into another new one.
// - DATABASE_URL set (CI's PostgreSQL run): backs up that database (seeding it first if empty), restores into a
//   new database on the same server, compares, and drops the new database.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { countPgliteRows, countPostgresRows } from '../db/backup';

const root = path.resolve(import.meta.dirname, '..');

function npmRun(script: string, args: string[], env: Record<string, string | undefined>): void {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env: env as NodeJS.ProcessEnv, stdio: 'inherit' });
  assert.equal(result.status, 0, `npm run ${script} failed`);
  console.log(`  npm run ${script}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function compare(before: Record<string, number>, after: Record<string, number>): void {
  assert.deepEqual(after, before, 'the restored database has the same rows in every table');
  const total = Object.values(before).reduce((sum, count) => sum + count, 0);
  assert.ok((before['public.users'] ?? 0) > 0, 'the backed-up database had people in it');
  console.log(`Backup check passed: ${Object.keys(before).length} tables, ${total} rows, the same after restoring.`);
}

async function checkPglite(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'next-steps-backup-'));
  // The demo seed writes its story clips to media storage: keep them in the throw-away folder too.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL')), MEDIA_DIR: path.join(work, 'media') };
  try {
    const original = path.join(work, 'original');
    const restored = path.join(work, 'restored');
    const file = path.join(work, 'backup.tar.gz');
    console.log(`PGlite backup check in ${work}`);
    npmRun('db:seed', [], { ...env, PGLITE_DIR: original });
    npmRun('db:backup', [file], { ...env, PGLITE_DIR: original });
    npmRun('db:restore', [file], { ...env, PGLITE_DIR: restored });
    compare(await countPgliteRows(original), await countPgliteRows(restored));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function checkPostgres(databaseUrl: string): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'next-steps-backup-'));
  const freshName = `next_steps_restore_check_${process.pid}`;
  const freshUrl = new URL(databaseUrl);
  freshUrl.pathname = `/${freshName}`;
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const file = path.join(work, 'backup.dump');
    console.log(`PostgreSQL backup check: restoring into a new database ${freshName}`);
    npmRun('db:seed', [], process.env);
    npmRun('db:backup', [file], process.env);
    await admin.query(`drop database if exists ${freshName}`);
    await admin.query(`create database ${freshName}`);
    npmRun('db:restore', [file], { ...process.env, DATABASE_URL: freshUrl.toString() });
    compare(await countPostgresRows(databaseUrl), await countPostgresRows(freshUrl.toString()));
  } finally {
    await admin.query(`drop database if exists ${freshName}`).catch(() => undefined);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  }
}

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) await checkPostgres(databaseUrl);
else await checkPglite();
