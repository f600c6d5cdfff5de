// The production build step shared by `npm start` (scripts/start.mjs) and the benchmarks (scripts/bench/):
// build when the build is missing or older than the source, unless SKIP_BUILD=1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const sourceDirs = ['app', 'components', 'lib', 'db', 'public'];
const sourceFiles = ['next.config.ts', 'proxy.ts', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs'];

/** Where `next build` writes (next.config.ts reads the same variable). */
export function distDir() {
  return process.env.NEXT_DIST_DIR || '.next';
}

function newestSourceTime(dir) {
  // A directory's own time changes when a file in it is added or removed.
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function isBuildStale() {
  const buildId = path.join(distDir(), 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return (
    sourceDirs.some((dir) => existsSync(dir) && newestSourceTime(dir) > builtAt) ||
    sourceFiles.some((file) => existsSync(file) && statSync(file).mtimeMs > builtAt)
  );
}

/** Runs a command with inherited output; exits this process if it fails. */
export function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export const bin = (name) => path.join('node_modules', '.bin', name);

/** Builds the app for production when the build is missing or stale (SKIP_BUILD=1 reuses the last build). */
export function buildIfStale() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  if (process.env.SKIP_BUILD !== '1' && isBuildStale()) run(bin('next'), ['build']);
}
