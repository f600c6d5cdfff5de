// `npm run bench:search`: search latency on 100,000 vacancies (issue 5, docs/decisions/011-benchmarks.md).
// Seeds a database with the demo plus 100,000 extra vacancies (the same seed step as bench:load), times the
// database work of each search with the pages' own query functions (no server running, so PGlite is free),
// then starts the production server and times the same URLs over HTTP, one request at a time. Prints
// p50/p95/p99 per kind of search, app beside database, and PASS/FAIL for p95 ≤ 150 ms over HTTP.
// Not part of `npm test`: figures depend on the machine.
//
// Env: DATABASE_URL (a PostgreSQL database to seed and search; default: embedded PGlite in
// .data/bench-search-pglite), BENCH_APP_PORT (3206), BENCH_ROUNDS (8 passes over the URL list),
// BENCH_EXTRA_VACANCIES (100000), BENCH_KEEP_DATA=1 (reuse the last seeded data), SKIP_BUILD=1.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale, run } from '../lib/build-if-stale.mjs';
import { startApp } from './servers.mjs';

const PORT = Number(process.env.BENCH_APP_PORT || 3206);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 8);
const EXTRA_VACANCIES = Number(process.env.BENCH_EXTRA_VACANCIES ?? 100_000);
const TARGET_P95_MS = 150;
const onPostgres = Boolean(process.env.DATABASE_URL);
const driver = onPostgres ? 'PostgreSQL' : 'PGlite';
const PGLITE_DIR = path.join('.data', 'bench-search-pglite');
const SEEDED_FILE = path.join('.data', onPostgres ? 'bench-search-seeded-pg.json' : 'bench-search-seeded.json');
const QUERIES_FILE = path.join('.data', onPostgres ? 'bench-search-queries-pg.json' : 'bench-search-queries.json');
const tsx = (script, args) => [process.execPath, ['--conditions=react-server', '--import', 'tsx', script, ...args]];
const env = { ...process.env, PGLITE_DIR };

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const pad = (text, width) => String(text).padStart(width);
const ms = (value) => (Number.isNaN(value) ? '-' : Math.round(value));

async function main() {
  buildIfStale();
  if (!(process.env.BENCH_KEEP_DATA === '1' && existsSync(SEEDED_FILE))) {
    if (onPostgres) {
      console.log(`Seeding the PostgreSQL database in DATABASE_URL (it should be empty): the demo plus ${EXTRA_VACANCIES.toLocaleString('en-GB')} vacancies…`);
    } else {
      console.log(`Seeding ${PGLITE_DIR}: the demo plus ${EXTRA_VACANCIES.toLocaleString('en-GB')} vacancies…`);
      rmSync(PGLITE_DIR, { recursive: true, force: true });
    }
    run(...tsx('scripts/bench/seed-load-data.ts', [String(EXTRA_VACANCIES), SEEDED_FILE]), env);
  }

  console.log(`Timing the database work of each search (${ROUNDS} rounds, ${driver})…`);
  run(...tsx('scripts/bench/search-db.ts', [String(ROUNDS), QUERIES_FILE]), env);
  const { vacancies, queries, timings } = JSON.parse(readFileSync(QUERIES_FILE, 'utf8'));

  const app = await startApp({ port: PORT, pgliteDir: PGLITE_DIR, keepData: true });
  const http = [];
  try {
    console.log(`Timing ${queries.length} search pages over HTTP (${ROUNDS} rounds, one request at a time)…`);
    for (const query of queries) {
      const response = await fetch(app.origin + query.path);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${query.path} answered ${response.status}`);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const query of queries) {
        const started = performance.now();
        const response = await fetch(app.origin + query.path);
        await response.arrayBuffer();
        http.push({ ...query, ms: performance.now() - started, status: response.status });
      }
    }
  } finally {
    app.stop();
  }

  const kinds = [...new Set(queries.map((query) => query.kind))];
  console.log('');
  console.log(`Search latency on ${driver}, ${vacancies.toLocaleString('en-GB')} vacancies in the area, ${ROUNDS} rounds (ms):`);
  console.log(`${'kind'.padEnd(10)}${pad('n', 5)} | ${pad('app p50', 8)}${pad('p95', 7)}${pad('p99', 7)} | ${pad('db p50', 8)}${pad('p95', 7)}${pad('p99', 7)} | ${pad('app−db p50', 11)} | target`);
  let failed = false;
  for (const kind of kinds) {
    const app = summarise(http.filter((row) => row.kind === kind).map((row) => row.ms));
    const database = summarise(timings.filter((row) => row.kind === kind).map((row) => row.ms));
    const errors = http.filter((row) => row.kind === kind && row.status !== 200).length;
    const pass = app.p95 <= TARGET_P95_MS && errors === 0;
    if (!pass) failed = true;
    console.log(
      `${kind.padEnd(10)}${pad(app.n, 5)} | ${pad(ms(app.p50), 8)}${pad(ms(app.p95), 7)}${pad(ms(app.p99), 7)} | ` +
        `${pad(ms(database.p50), 8)}${pad(ms(database.p95), 7)}${pad(ms(database.p99), 7)} | ${pad(ms(app.p50 - database.p50), 11)} | ` +
        `${pass ? 'PASS' : 'FAIL'} p95 ≤ ${TARGET_P95_MS}${errors ? ` (${errors} not 200)` : ''}`,
    );
  }
  const slowest = Object.entries(
    http.reduce((worst, row) => ({ ...worst, [row.path]: Math.max(worst[row.path] ?? 0, row.ms) }), {}),
  )
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  console.log('\nSlowest URLs (worst time over HTTP):');
  for (const [url, worst] of slowest) console.log(`  ${pad(ms(worst), 6)} ms  ${url}`);
  console.log(`\n${failed ? 'FAIL' : 'PASS'}: every kind of search p95 ≤ ${TARGET_P95_MS} ms on ${driver}`);
  if (failed) process.exitCode = 1;
}

await main();
