-- pg_trgm gives typo-tolerant search ("plumbng" finds "Plumber"). PGlite loads the extension in db/client.ts;
-- on PostgreSQL it comes with the contrib package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
