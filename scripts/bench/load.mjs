// `npm run bench:load`: the load test (issue 12, docs/decisions/011-benchmarks.md).
// Seeds a separate PGlite directory with the demo plus 100,000 extra vacancies, starts the production server
// on loopback, and sends a mix of vacancy searches (words, postcodes, both), course pages and vacancy pages at
// rising numbers of connections. Prints requests a second, p50/p95/p99 latency and errors at each step, and
// the first step where p95 passes 500 ms. Exits 1 when there are errors at 50 connections.
// Not part of `npm test`: figures depend on the machine, so this prints them rather than timing a test.
//
// Env: BENCH_APP_PORT (3205), BENCH_CONNECTIONS ("1,5,10,25,50,100"), BENCH_SECONDS (10 a step),
// BENCH_EXTRA_VACANCIES (100000), BENCH_KEEP_DATA=1 (reuse the last seeded directory), SKIP_BUILD=1.
import autocannon from 'autocannon';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale, run } from '../lib/build-if-stale.mjs';
import { startApp } from './servers.mjs';

const PORT = Number(process.env.BENCH_APP_PORT || 3205);
const STEPS = (process.env.BENCH_CONNECTIONS || '1,5,10,25,50,100').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const EXTRA_VACANCIES = Number(process.env.BENCH_EXTRA_VACANCIES ?? 100_000);
const PGLITE_DIR = path.join('.data', 'bench-load-pglite');
const SAMPLE_FILE = path.join('.data', 'bench-load-sample.json');
const SLOW_P95_MS = 500;
const CHECKED_CONNECTIONS = 50;

/** Words people search for: common ones, rare ones, one misspelt (the trigram path) and one with no match. */
const SEARCH_WORDS = ['apprentice', 'chef', 'care', 'admin', 'mechanic', 'hairdresing', 'warehouse', 'retail', 'nursery', 'electrician', 'plumber', 'office', 'astronaut'];

/** mulberry32, seeded: every run sends the same mix in the same order. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: (items) => items[Math.floor(next() * items.length)] };
}

/** Half searches (words, a postcode or both; sometimes a later page), a quarter course pages, a quarter vacancy pages. */
function requestMix({ vacancyIds, courseSlugs, postcodes }, random) {
  return () => {
    const roll = random.next();
    if (roll < 0.5) {
      const params = new URLSearchParams();
      const shape = random.next();
      if (shape < 0.7) params.set('q', random.pick(SEARCH_WORDS));
      if (shape >= 0.4) {
        params.set('postcode', random.pick(postcodes));
        params.set('distance', String(random.pick([3, 5, 10, 20])));
      }
      if (random.next() < 0.2) params.set('page', String(2 + Math.floor(random.next() * 4)));
      return `/vacancies?${params}`;
    }
    if (roll < 0.75) return `/courses/${random.pick(courseSlugs)}`;
    return `/vacancies/${random.pick(vacancyIds)}`;
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One step: `connections` connections for `seconds`, each request a new path from the mix. */
function runStep(origin, connections, seconds, nextPath) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let non2xx = 0;
    const statuses = {};
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          connections,
          requests: latencies.length,
          requestsPerSecond: latencies.length / seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx,
          statuses,
          // Sent but not answered when the step ended: left out of the percentiles, so say how many.
          unfinished: Math.max(0, (result.requests?.sent ?? latencies.length) - latencies.length),
        });
      },
    );
    // autocannon's own percentiles skip p95, so each response's time is kept here.
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode > 299) {
        non2xx += 1;
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      }
    });
  });
}

/**
 * The server keeps working on requests autocannon gave up on when a step ended, and PGlite answers one query
 * at a time, so without a pause the next step would start behind the last one's queue. Waits until the
 * health check (one database query) answers within 500 ms, or two minutes have passed.
 */
async function waitUntilIdle(origin) {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    const sent = Date.now();
    try {
      await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(120_000) });
    } catch {
      // Counted as not idle yet.
    }
    if (Date.now() - sent < 500) return Date.now() - started;
  }
  return Date.now() - started;
}

const pad = (text, width) => String(text).padStart(width);
const ms = (value) => (Number.isNaN(value) ? '-' : Math.round(value));

async function main() {
  buildIfStale();
  if (!(process.env.BENCH_KEEP_DATA === '1' && existsSync(SAMPLE_FILE) && existsSync(PGLITE_DIR))) {
    console.log(`Seeding ${PGLITE_DIR}: the demo plus ${EXTRA_VACANCIES.toLocaleString('en-GB')} vacancies…`);
    rmSync(PGLITE_DIR, { recursive: true, force: true });
    run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/seed-load-data.ts', String(EXTRA_VACANCIES), SAMPLE_FILE], {
      ...process.env,
      PGLITE_DIR,
    });
  }
  const sample = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8'));
  console.log(`Requests pick from ${sample.vacancyIds.length} vacancies, ${sample.courseSlugs.length} courses, ${sample.postcodes.length} postcodes.`);

  const app = await startApp({ port: PORT, pgliteDir: PGLITE_DIR, keepData: true });
  try {
    const nextPath = requestMix(sample, createRandom(12));
    // Warm up: the first requests load each route's code and fill PostgreSQL's caches.
    await runStep(app.origin, 2, 3, nextPath);

    console.log(`\nautocannon on loopback, ${SECONDS} s a step; mix: 50% vacancy searches, 25% course pages, 25% vacancy pages.\n`);
    console.log(['conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'answered', 'errors', 'timeouts', 'non-2xx', 'unfinished'].map((h) => pad(h, 11)).join(''));
    const results = [];
    for (const connections of STEPS) {
      const waitedMs = await waitUntilIdle(app.origin);
      if (waitedMs > 1_000) console.log(`  (waited ${(waitedMs / 1000).toFixed(0)} s for the server to finish the last step's requests)`);
      const step = await runStep(app.origin, connections, SECONDS, nextPath);
      results.push(step);
      console.log(
        [step.connections, step.requestsPerSecond.toFixed(1), ms(step.p50), ms(step.p95), ms(step.p99), step.requests, step.errors, step.timeouts, step.non2xx, step.unfinished]
          .map((cell) => pad(cell, 11))
          .join('') + (step.non2xx ? `   statuses ${JSON.stringify(step.statuses)}` : ''),
      );
    }

    const slow = results.find((step) => step.p95 > SLOW_P95_MS);
    console.log(
      slow
        ? `\np95 first passes ${SLOW_P95_MS} ms at ${slow.connections} connections (${ms(slow.p95)} ms).`
        : `\np95 stayed under ${SLOW_P95_MS} ms at every step (up to ${STEPS.at(-1)} connections).`,
    );
    const checked = results.find((step) => step.connections === CHECKED_CONNECTIONS);
    if (!checked) {
      console.log(`No step at ${CHECKED_CONNECTIONS} connections, so the error check was not run.`);
      return;
    }
    const errorCount = checked.errors + checked.timeouts + checked.non2xx;
    // Nothing answered is not a pass: the requests were still waiting when the step ended.
    const isPass = errorCount === 0 && checked.requests > 0;
    console.log(
      `${isPass ? 'PASS' : 'FAIL'}  zero errors at ${CHECKED_CONNECTIONS} connections ` +
        `(${errorCount} errors, timeouts or non-2xx answers; ${checked.requests} answered, ${checked.unfinished} unfinished)`,
    );
    process.exitCode = isPass ? 0 : 1;
  } finally {
    app.stop();
  }
}

await main();
