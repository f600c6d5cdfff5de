// `npm run test:backup`: backs up a seeded database with the real commands (npm run db:backup / db:restore),
// restores it into a fresh one and compares the rows in every table. Outside the unit tests: it needs a database.
// Then the deletion ledger (decision 021): a young person deletes their account AFTER the backup was taken; the
// backup is restored with --ledger-from=<the live database>; they and their data must still be gone, and the
// restored database must equal the live one row for row.
//
// - No DATABASE_URL: seeds the demo into a new PGlite directory, backs it up, restores into other new ones.
// - DATABASE_URL set (CI's PostgreSQL run): backs up that database (seeding it first if empty), restores into
//   new databases on the same server (the deletion happens in a restored copy, never in DATABASE_URL), compares,
//   and drops the new databases.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Client } from 'pg';
import { countPgliteRows, countPostgresRows } from '../db/backup';

const root = path.resolve(import.meta.dirname, '..');

function npmRun(script: string, args: string[], env: Record<string, string | undefined>): void {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env: env as NodeJS.ProcessEnv, stdio: 'inherit' });
  assert.equal(result.status, 0, `npm run ${script} failed`);
  console.log(`  npm run ${script}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Jade Ahmed (db/seed/accounts.ts): a young person with a CV, applications and media in the demo. */
const DELETED_PHONE = '+447700900123';

function deleteAccount(env: Record<string, string | undefined>): string {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/lib/delete-account.ts', DELETED_PHONE], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  assert.equal(result.status, 0, 'deleting the account failed');
  const id = result.stdout.trim().split('\n').at(-1) ?? '';
  assert.match(id, /^[0-9a-f-]{36}$/);
  return id;
}

type Queryable = { query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> };

/** Rows that still point at the deleted person, in the tables that hold most of a young person's data. */
async function rowsAbout(client: Queryable, id: string): Promise<number> {
  const { rows } = await client.query<{ count: string | number }>(
    `select (select count(*) from users where id = $1) + (select count(*) from young_people where user_id = $1)
       + (select count(*) from applications where young_person_id = $1) + (select count(*) from media_assets where owner_id = $1)
       + (select count(*) from portfolio_items where owner_id = $1) + (select count(*) from caseloads where young_person_id = $1) as count`,
    [id],
  );
  return Number(rows[0]?.count ?? 0);
}

function compareAfterDeletion(backedUp: Record<string, number>, live: Record<string, number>, restored: Record<string, number>): void {
  assert.notDeepEqual(live, backedUp, 'deleting the account changed the live database');
  assert.equal(live['public.deletion_ledger'], (backedUp['public.deletion_ledger'] ?? 0) + 1, 'the deletion is in the ledger');
  assert.deepEqual(restored, live, 'restoring the older backup with the ledger gives the live database, row for row');
  console.log('Deletion ledger check passed: the account deleted after the backup stays deleted after restoring it.');
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
    npmRun('db:restore', [file, `--ledger-from=${original}`], { ...env, PGLITE_DIR: restored });
    const backedUp = await countPgliteRows(original);
    compare(backedUp, await countPgliteRows(restored));

    // The young person deletes their account after the backup; then the backup is restored.
    const id = deleteAccount({ ...env, PGLITE_DIR: original });
    const again = path.join(work, 'restored-again');
    npmRun('db:restore', [file, `--ledger-from=${original}`], { ...env, PGLITE_DIR: again });
    compareAfterDeletion(backedUp, await countPgliteRows(original), await countPgliteRows(again));
    const client = await PGlite.create(again, { extensions: { pg_trgm } });
    try {
      assert.equal(await rowsAbout(client, id), 0, 'nothing about the deleted person came back');
    } finally {
      await client.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function checkPostgres(databaseUrl: string): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'next-steps-backup-'));
  const freshName = `next_steps_restore_check_${process.pid}`;
  const freshUrl = new URL(databaseUrl);
  freshUrl.pathname = `/${freshName}`;
  const againName = `next_steps_restore_again_${process.pid}`;
  const againUrl = new URL(databaseUrl);
  againUrl.pathname = `/${againName}`;
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const file = path.join(work, 'backup.dump');
    console.log(`PostgreSQL backup check: restoring into a new database ${freshName}`);
    npmRun('db:seed', [], process.env);
    npmRun('db:backup', [file], process.env);
    await admin.query(`drop database if exists ${freshName}`);
    await admin.query(`create database ${freshName}`);
    npmRun('db:restore', [file, `--ledger-from=${databaseUrl}`], { ...process.env, DATABASE_URL: freshUrl.toString() });
    const backedUp = await countPostgresRows(databaseUrl);
    compare(backedUp, await countPostgresRows(freshUrl.toString()));

    // The fresh copy plays the live database: the young person deletes their account there after the backup.
    const id = deleteAccount({ ...process.env, DATABASE_URL: freshUrl.toString() });
    await admin.query(`drop database if exists ${againName}`);
    await admin.query(`create database ${againName}`);
    npmRun('db:restore', [file, `--ledger-from=${freshUrl.toString()}`], { ...process.env, DATABASE_URL: againUrl.toString() });
    compareAfterDeletion(backedUp, await countPostgresRows(freshUrl.toString()), await countPostgresRows(againUrl.toString()));
    const client = new Client({ connectionString: againUrl.toString() });
    await client.connect();
    try {
      assert.equal(await rowsAbout(client, id), 0, 'nothing about the deleted person came back');
    } finally {
      await client.end();
    }
  } finally {
    await admin.query(`drop database if exists ${freshName}`).catch(() => undefined);
    await admin.query(`drop database if exists ${againName}`).catch(() => undefined);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  }
}

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) await checkPostgres(databaseUrl);
else await checkPglite();
