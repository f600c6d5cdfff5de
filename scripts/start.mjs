// `npm start`: build if the build is missing or older than the source, set up the database, then serve.
// Honours PORT (default 3000) and PGLITE_DIR (default .data/pglite).
import { spawn } from 'node:child_process';
import { bin, buildIfStale, run } from './lib/build-if-stale.mjs';

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

buildIfStale();
run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'db/setup.ts']);

const port = process.env.PORT || '3000';
const server = spawn(bin('next'), ['start', '--port', port], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
