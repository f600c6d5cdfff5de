// Servers for the benchmarks: the app through scripts/start.mjs (the same build-if-stale, set-up and
// `next start` as `npm start` and the e2e run) and a blank Next.js app built from the same installed packages.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { bin, run } from '../lib/build-if-stale.mjs';

/** Waits until `url` answers 200, or throws after `timeoutMs`. */
export async function waitForUrl(url, { timeoutMs = 600_000, isExited = () => false } = {}) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (isExited()) throw new Error(`The server for ${url} stopped before it was ready.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}

/** Fails early when something else already listens on `port`: it would answer in place of our server. */
export function requirePortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`Port ${port} is in use. Stop what is using it or choose another port.`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/**
 * Starts a command in its own process group, so stop() ends it and everything it started (start.mjs starts
 * `next start`, which starts next-server) by that one group id, and nothing else on the machine.
 */
function startGroup(command, args, env, { quiet }) {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  return { child, stop, isExited: () => exited };
}

/**
 * Starts the production app on `port` with its own PGlite directory (fresh unless `keepData`), seeded with
 * the demo by db/setup.ts. Returns its origin and stop().
 */
export async function startApp({ port, pgliteDir, keepData = false, env = {}, quiet = true }) {
  await requirePortFree(port);
  if (!keepData) rmSync(pgliteDir, { recursive: true, force: true });
  const origin = `http://localhost:${port}`;
  const server = startGroup(
    process.execPath,
    ['scripts/start.mjs'],
    { ...process.env, PORT: String(port), PGLITE_DIR: pgliteDir, AUTH_URL: origin, ...env },
    { quiet },
  );
  await waitForUrl(`${origin}/api/health`, { isExited: server.isExited });
  return { origin, stop: server.stop };
}

const BLANK_APP_DIR = path.join('.data', 'bench-blank-app');

const BLANK_FILES = {
  // Plain JavaScript, so Next does not write a tsconfig.json or next-env.d.ts into the folder.
  'next.config.mjs': `import path from 'node:path';
// The project root holds node_modules; Turbopack must treat it as the root to resolve next and react.
const root = path.resolve(import.meta.dirname, '..', '..');
export default { turbopack: { root }, outputFileTracingRoot: root, poweredByHeader: false };
`,
  'app/layout.jsx': `export const metadata = { title: 'Blank' };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `import Link from 'next/link';
export default function Home() {
  return (
    <main>
      <h1>Blank</h1>
      <Link href="/about">About</Link>
    </main>
  );
}
`,
  // The link's target, so its prefetch answers 200 as the app's links do.
  'app/about/page.jsx': `export default function About() {
  return <main><h1>About</h1></main>;
}
`,
};

/** Which Next and React the blank app was built with, so it is rebuilt when the project's versions change. */
function installedVersions() {
  const versionOf = (name) => JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')).version;
  return JSON.stringify({ next: versionOf('next'), react: versionOf('react'), files: BLANK_FILES });
}

/**
 * Writes the blank Next.js app into .data/ (inside the project, so it resolves the project's node_modules:
 * the same Next and React as the app), builds it when needed, serves it on `port`.
 */
export async function startBlankApp({ port, quiet = true }) {
  const marker = path.join(BLANK_APP_DIR, 'built-with.json');
  const isBuilt =
    existsSync(path.join(BLANK_APP_DIR, '.next', 'BUILD_ID')) &&
    existsSync(marker) &&
    readFileSync(marker, 'utf8') === installedVersions();
  if (!isBuilt) {
    rmSync(BLANK_APP_DIR, { recursive: true, force: true });
    for (const [file, text] of Object.entries(BLANK_FILES)) {
      mkdirSync(path.dirname(path.join(BLANK_APP_DIR, file)), { recursive: true });
      writeFileSync(path.join(BLANK_APP_DIR, file), text);
    }
    console.log('Building the blank Next.js app (the framework floor)…');
    run(bin('next'), ['build', BLANK_APP_DIR], { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' });
    writeFileSync(marker, installedVersions());
  }
  await requirePortFree(port);
  const origin = `http://localhost:${port}`;
  const server = startGroup(bin('next'), ['start', BLANK_APP_DIR, '--port', String(port)], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, { quiet });
  await waitForUrl(`${origin}/`, { isExited: server.isExited });
  return { origin, stop: server.stop };
}
