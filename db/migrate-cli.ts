import { closeDatabase, currentDriver, openDatabase, runMigrations } from './client';

// `npm run db:migrate`: the deploy step for PostgreSQL (app servers never migrate on their own start-up).
const database = openDatabase();
try {
  await runMigrations(database);
  console.log(`Migrations applied (${currentDriver()}).`);
} finally {
  await closeDatabase(database);
}
