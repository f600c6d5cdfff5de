import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

// Backup and restore for both homes of the database (docs/security.md, "Backups"). No `server-only` here:
// these run as scripts (db/backup-cli.ts, scripts/backup-restore-check.ts), never inside the app.
//
// - PGlite (no DATABASE_URL): the whole data directory as one gzipped tar (PGlite's dumpDataDir), restored
//   into a new, empty directory with loadDataDir. The app must be stopped: one process per directory.
// - PostgreSQL (DATABASE_URL): pg_dump's custom format, restored with pg_restore. pg_dump and pg_restore come
//   from the Debian postgresql-client package; their major version must be at least the server's.

export type BackupKind = 'pglite' | 'postgres';

const PG_DUMP_MAGIC = 'PGDMP';

export function pgliteDirectory(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.PGLITE_DIR || '.data/pglite');
}

/** Which kind of backup a file is, from its first bytes: gzip (PGlite's tar.gz) or pg_dump's custom format. */
export async function backupKindOf(file: string): Promise<BackupKind | null> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
    if (head.toString('latin1') === PG_DUMP_MAGIC) return 'postgres';
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * libpq's own environment variables for a connection URL, so the password never appears on a command
 * line (which any user of the machine can read in `ps`).
 */
export function libpqEnvironment(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(url.hostname),
    PGDATABASE: decodeURIComponent(url.pathname.replace(/^\//, '')),
  };
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function run(command: string, args: string[], databaseUrl: string): void {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...libpqEnvironment(databaseUrl) },
  });
  if (result.error) throw new Error(`${command} could not start (${result.error.message}). Install the postgresql-client package.`);
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status}).`);
}

/** Writes a backup of the configured database to `file`. */
export async function backupDatabase(file: string, env: NodeJS.ProcessEnv = process.env): Promise<BackupKind> {
  if (env.DATABASE_URL) {
    run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], env.DATABASE_URL);
    // A whole copy of everyone's data: readable by its owner only.
    chmodSync(file, 0o600);
    return 'postgres';
  }
  const directory = pgliteDirectory(env);
  if (!existsSync(directory)) throw new Error(`There is no PGlite database at ${directory}.`);
  const client = await PGlite.create(directory, { extensions: { pg_trgm } });
  try {
    const dump = await client.dumpDataDir('gzip');
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()), { mode: 0o600 });
  } finally {
    await client.close();
  }
  return 'pglite';
}

/**
 * Restores `file` into the configured database. PGlite: into PGLITE_DIR, which must not exist yet (move the old
 * one aside first: nothing is overwritten by accident). PostgreSQL: into DATABASE_URL, which should be a new,
 * empty database (pg_restore --clean --if-exists also replaces the tables of an existing one).
 */
export async function restoreDatabase(file: string, env: NodeJS.ProcessEnv = process.env): Promise<BackupKind> {
  const kind = await backupKindOf(file);
  if (!kind) throw new Error(`${file} is not a Next Steps backup.`);
  if (env.DATABASE_URL) {
    if (kind !== 'postgres') throw new Error('This is a PGlite backup: restore it without DATABASE_URL (into PGLITE_DIR).');
    run('pg_restore', ['--no-owner', '--no-privileges', '--clean', '--if-exists', '--exit-on-error', `--dbname=${libpqEnvironment(env.DATABASE_URL).PGDATABASE}`, file], env.DATABASE_URL);
    return 'postgres';
  }
  if (kind !== 'pglite') throw new Error('This is a PostgreSQL backup: restore it with DATABASE_URL set.');
  const directory = pgliteDirectory(env);
  if (existsSync(directory) && readdirSync(directory).length > 0) {
    throw new Error(`${directory} already has a database. Move it aside (or set PGLITE_DIR to a new folder), then restore.`);
  }
  const client = await PGlite.create(directory, {
    extensions: { pg_trgm },
    loadDataDir: new Blob([new Uint8Array(await readFile(file))]),
  });
  await client.close();
  return 'pglite';
}

type Queryable = { query<T>(sql: string): Promise<{ rows: T[] }> };

/** Rows in every table of the public and drizzle schemas: what the backup check compares. */
export async function countRows(client: Queryable): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select table_schema || '.' || table_name as name from information_schema.tables
     where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [schema, table] = name.split('.');
    const { rows } = await client.query<{ count: string | number }>(`select count(*) as count from "${schema}"."${table}"`);
    counts[name] = Number(rows[0]?.count ?? 0);
  }
  return counts;
}

/** Row counts of the PGlite database in a directory (opened, counted, closed). */
export async function countPgliteRows(directory: string): Promise<Record<string, number>> {
  const client = await PGlite.create(directory, { extensions: { pg_trgm } });
  try {
    return await countRows(client);
  } finally {
    await client.close();
  }
}

/** Row counts of a PostgreSQL database. */
export async function countPostgresRows(databaseUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await countRows(client);
  } finally {
    await client.end();
  }
}
