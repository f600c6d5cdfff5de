// The build step of `npm test`: build for production unless the last build is newer than every source file.
// CI runs `npm test` twice (PGlite, then PostgreSQL); the build does not depend on the database, so the
// second run reuses the first run's build instead of spending minutes making the same one again.
import { buildIfStale } from './lib/build-if-stale.mjs';

buildIfStale();
