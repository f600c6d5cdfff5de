// `npm run test:db-fault`: the database goes away while the app runs, then comes back (issue 12, reliability).
// Only for a real PostgreSQL server (PGlite lives inside the app process and cannot be stopped on its own):
//
//   DATABASE_URL=postgres://…  DB_STOP_COMMAND='pg_ctl -D … -m fast stop'  DB_START_COMMAND='pg_ctl -D … -w start'
//   npm run test:db-fault
//
// Without those three it says why and exits 0 (skipped). It starts the production server itself
// (scripts/start.mjs on FAULT_PORT, default 3199; builds only if the source changed) and checks:
//   1. database up: /api/health is 200 and a public page renders;
//   2. database stopped: /api/health is 503, the page shows the friendly error page (app/error.tsx) in a real
//      browser, with no stack trace or database message in the HTML;
//   3. database started again: the same server (no restart) answers 200 and renders the page again.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/fixtures/browser';

const root = path.resolve(import.meta.dirname, '..');
const { DATABASE_URL, DB_STOP_COMMAND, DB_START_COMMAND } = process.env;
if (!DATABASE_URL || !/^postgres(ql)?:\/\//.test(DATABASE_URL) || !DB_STOP_COMMAND || !DB_START_COMMAND) {
  console.log('test:db-fault skipped: it needs DATABASE_URL=postgres://…, DB_STOP_COMMAND and DB_START_COMMAND (see the top of scripts/db-fault-check.ts).');
  process.exit(0);
}
const port = process.env.FAULT_PORT || '3199';
const base = `http://127.0.0.1:${port}`;
const PAGE = '/courses?q=care';
const LEAKS = [/ECONNREFUSED/, /\bat [\w.<>]+ \(/, /node_modules/, /terminating connection/i, /postgres:\/\//];

function shell(command: string): void {
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit' });
  assert.equal(result.status, 0, `"${command}" failed`);
}

async function waitFor(what: string, check: () => Promise<boolean>, seconds: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (await check().catch(() => false)) return (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

const healthIs = (status: number) => async () => (await fetch(`${base}/api/health`)).status === status;

let server: ChildProcess | undefined;
const browser = await chromium.launch(chromiumLaunchOptions());
let isDatabaseStopped = false;
try {
  server = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, PORT: port }, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitFor('the app starts', healthIs(200), 900);

  const page = await browser.newPage();
  const heading = () => page.getByRole('heading', { level: 1 }).first().textContent();
  let response = await page.goto(base + PAGE);
  assert.equal(response?.status(), 200, 'the page renders while the database is up');
  console.log(`1. Database up: /api/health 200, ${PAGE} shows "${await heading()}".`);

  shell(DB_STOP_COMMAND);
  isDatabaseStopped = true;
  const unhealthyAfter = await waitFor('/api/health reports 503', healthIs(503), 30);
  response = await page.goto(base + PAGE);
  assert.ok((response?.status() ?? 0) >= 500, `the page answers a server error status, not ${response?.status()}`);
  await page.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' }).waitFor({ timeout: 15_000 });
  const html = await page.content();
  for (const leak of LEAKS) assert.doesNotMatch(html, leak, 'no technical detail on the error page');
  console.log(`2. Database stopped: /api/health 503 after ${unhealthyAfter.toFixed(1)} s; ${PAGE} answers ${response?.status()} with the friendly error page.`);

  shell(DB_START_COMMAND);
  isDatabaseStopped = false;
  const healthyAfter = await waitFor('/api/health is 200 again', healthIs(200), 60);
  response = await page.goto(base + PAGE);
  assert.equal(response?.status(), 200, 'the page renders again');
  assert.notEqual(await heading(), 'Sorry, something went wrong');
  assert.equal(server.exitCode, null, 'the same server process is still running (no restart)');
  console.log(`3. Database started: healthy again after ${healthyAfter.toFixed(1)} s without restarting the app; ${PAGE} shows "${await heading()}".`);
  console.log('Database fault check passed.');
} finally {
  await browser.close();
  if (isDatabaseStopped) spawnSync('sh', ['-c', DB_START_COMMAND], { stdio: 'inherit' });
  server?.kill('SIGTERM');
}
