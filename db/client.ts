import 'server-only';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Pool as NeonPool, neonConfig } from '@neondatabase/serverless';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNeon } from 'drizzle-orm/neon-serverless';
import { migrate as migrateNeon } from 'drizzle-orm/neon-serverless/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Pool as PgPool } from 'pg';
import ws from 'ws';
import * as schema from './schema';

// This is the ONLY file that knows which PostgreSQL driver is in use (docs/decisions/001-database-drivers.md).

type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Driver = 'pglite' | 'postgres' | 'neon';

/**
 * Which driver a configuration means: no URL → embedded PGlite; a Neon host → Neon's WebSocket pool
 * (interactive transactions work there, unlike neon-http); any other postgres:// URL → node-postgres.
 */
export function chooseDriver(databaseUrl: string | undefined): Driver {
  if (!databaseUrl) return 'pglite';
  const host = new URL(databaseUrl).hostname;
  if (host.endsWith('.neon.tech') || process.env.DATABASE_DRIVER === 'neon') return 'neon';
  return 'postgres';
}

export function currentDriver(): Driver {
  return chooseDriver(process.env.DATABASE_URL);
}

function pgliteDirectory(): string {
  return process.env.PGLITE_DIR || '.data/pglite';
}

/** Opens a new connection. Scripts use this; the app uses the shared `db` below. */
export function openDatabase(databaseUrl = process.env.DATABASE_URL): Database {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    // Build workers run in parallel: opening PGlite from them would corrupt it. Pages that read data must be dynamic.
    throw new Error('The database was used during `next build`. Make the page dynamic (await connection()).');
  }
  const driver = chooseDriver(databaseUrl);
  if (driver === 'neon') {
    neonConfig.webSocketConstructor = ws;
    return drizzleNeon(new NeonPool({ connectionString: databaseUrl }), { schema }) as unknown as Database;
  }
  if (driver === 'postgres') {
    const pool = new PgPool({ connectionString: databaseUrl, max: 10 });
    // A server restart or failover drops idle connections with an 'error' event; unhandled, it would end the
    // whole process. Logged instead: the pool opens new connections when the database is back (test:db-fault).
    pool.on('error', (error) => console.error(JSON.stringify({ event: 'database.connection_lost', message: error.message })));
    return drizzlePg(pool, { schema }) as unknown as Database;
  }
  // PGlite makes its own directory but not the folders above it (a fresh clone has no .data/).
  mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ pgliteDirectory())), { recursive: true });
  const client = new PGlite(pgliteDirectory(), { extensions: { pg_trgm } });
  return drizzlePglite(client, { schema }) as unknown as Database;
}

/** Closes the connection behind a handle, so a script can exit and another process may open PGlite. */
export async function closeDatabase(database: Database): Promise<void> {
  const client = (database as unknown as { $client: { close?: () => Promise<void>; end?: () => Promise<void> } })
    .$client;
  if (client.close) await client.close();
  else if (client.end) await client.end();
}

/** Applies the committed migrations in db/migrations with the migrator that matches the driver. */
export async function runMigrations(database: Database, databaseUrl = process.env.DATABASE_URL): Promise<void> {
  const config = { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') };
  const driver = chooseDriver(databaseUrl);
  // Each migrator wants its own driver's database type; they are the same database underneath.
  if (driver === 'neon') await migrateNeon(database as never, config);
  else if (driver === 'postgres') await migratePg(database as never, config);
  else await migratePglite(database as never, config);
}

/**
 * The shared handle, opened on first use. Cached on globalThis so Next's separate bundles and dev reloads
 * share one connection: one PGlite directory must never be opened twice.
 */
const cache = globalThis as unknown as { __nextStepsDb?: Database };

function openSharedDatabase(): Database {
  return (cache.__nextStepsDb ??= openDatabase());
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = openSharedDatabase();
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
  // Drizzle (and the Auth.js adapter) recognise a database by its prototype chain.
  getPrototypeOf() {
    return Object.getPrototypeOf(openSharedDatabase());
  },
});
