import { closeDatabase, currentDriver, openDatabase, runMigrations } from './client';
import { localAuthorities } from './schema';

/**
 * Start-up step run by scripts/start.mjs before the server starts (never inside it, so several app servers
 * can share one PostgreSQL): apply migrations, then seed the demo when the database is empty and
 * SEED_DEMO is not "false". Runs in its own process and closes PGlite before the server opens it.
 */
async function setUpDatabase() {
  const started = Date.now();
  const database = openDatabase();
  try {
    await runMigrations(database);
    const isEmpty = (await database.select({ id: localAuthorities.id }).from(localAuthorities).limit(1)).length === 0;
    if (isEmpty && process.env.SEED_DEMO !== 'false') {
      const { seedDemo } = await import('./seed/demo');
      const summary = await seedDemo(database);
      console.log(`Seeded the demo: ${JSON.stringify(summary)}`);
    }
    console.log(`Database ready (${currentDriver()}) in ${Date.now() - started} ms`);
  } finally {
    await closeDatabase(database);
  }
}

await setUpDatabase();
