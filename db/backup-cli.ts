import { backupDatabase, restoreDatabase } from './backup';

// `npm run db:backup -- <file>` and `npm run db:restore -- <file>` (docs/security.md, "Backups").
const [mode, file] = process.argv.slice(2);
if ((mode !== 'backup' && mode !== 'restore') || !file) {
  console.error('Usage: npm run db:backup -- <file>   or   npm run db:restore -- <file>');
  process.exit(2);
}
try {
  const started = Date.now();
  const kind = mode === 'backup' ? await backupDatabase(file) : await restoreDatabase(file);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(mode === 'backup' ? `Backed up (${kind}) to ${file} in ${seconds} s.` : `Restored (${kind}) from ${file} in ${seconds} s.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
