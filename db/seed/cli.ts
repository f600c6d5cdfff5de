// `npm run db:seed`: applies migrations, then seeds the demo into an empty database.
// Uses DATABASE_URL when set, otherwise PGlite in PGLITE_DIR (default .data/pglite).
import { closeDatabase, currentDriver, openDatabase, runMigrations } from '../client';
import { isDatabaseSeeded, seedDemo } from './demo';

async function main() {
  const started = Date.now();
  const database = openDatabase();
  try {
    await runMigrations(database);
    if (await isDatabaseSeeded(database)) {
      console.log('The database already has data, so the demo was not seeded again. Use a fresh database to reseed.');
      return;
    }
    const seedStarted = Date.now();
    const summary = await seedDemo(database);
    console.log(JSON.stringify(summary, null, 2));
    console.log(
      `Seeded the demo (${currentDriver()}) in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s with migrations).`,
    );
  } finally {
    await closeDatabase(database);
  }
}

await main();
