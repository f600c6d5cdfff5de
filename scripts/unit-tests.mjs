// Runs every *.test.ts outside node_modules with node's own test runner (Node 20 has no --test globs).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const roots = ['lib', 'db', 'components', 'scripts'];
const skip = new Set(['node_modules', '.next', '.data']);

function findTests(dir) {
  let found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found = found.concat(findTests(full));
    else if (/\.test\.tsx?$/.test(entry.name)) found.push(full);
  }
  return found;
}

const files = roots.flatMap((root) => {
  try {
    return findTests(root);
  } catch {
    return [];
  }
});
if (files.length === 0) {
  console.error('No unit tests found.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', '--test', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
