// `npm start`: build if the build is missing or older than the source, set up the database, then serve.
// Honours PORT (default 3000) and PGLITE_DIR (default .data/pglite).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

process.env.NEXT_TELEMETRY_DISABLED = '1';
// Auth.js behind `next start` must trust the Host header; a fixed demo secret keeps sessions working across restarts.
process.env.AUTH_TRUST_HOST ??= 'true';
if (!process.env.AUTH_SECRET) {
  if (process.env.SERVICE_ENV === 'live') {
    console.error('AUTH_SECRET must be set for a live service.');
    process.exit(1);
  }
  process.env.AUTH_SECRET = 'demo-only-secret-do-not-use-in-a-live-service';
}

const distDir = process.env.NEXT_DIST_DIR || '.next';
const sourceDirs = ['app', 'components', 'lib', 'db', 'public'];

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isBuildStale() {
  const buildId = path.join(distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return sourceDirs.some((dir) => existsSync(dir) && newestSourceTime(dir) > builtAt);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const bin = (name) => path.join('node_modules', '.bin', name);

if (process.env.SKIP_BUILD !== '1' && isBuildStale()) run(bin('next'), ['build']);
run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'db/setup.ts']);

const port = process.env.PORT || '3000';
const server = spawn(bin('next'), ['start', '--port', port], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
