import { backupDatabase, restoreDatabase } from './backup';
import { type LedgerEntry, readLedger, reapplyLedger } from './deletion-ledger';

// `npm run db:backup -- <file>` and `npm run db:restore -- <file> --ledger-from=<live database>`
// (docs/security.md, "Backups"; docs/decisions/021-security-gaps.md, the deletion ledger).
const [mode, file, ...options] = process.argv.slice(2);
const usage = `Usage: npm run db:backup -- <file>
   or: npm run db:restore -- <file> --ledger-from=<live PGlite folder or postgres:// URL>
   or: npm run db:restore -- <file> --without-ledger   (only when no live database is left)`;
const ledgerFrom = options.find((option) => option.startsWith('--ledger-from='))?.slice('--ledger-from='.length);
const withoutLedger = options.includes('--without-ledger');
const unknown = options.filter((option) => !option.startsWith('--ledger-from=') && option !== '--without-ledger');
if ((mode !== 'backup' && mode !== 'restore') || !file || unknown.length > 0 || (mode === 'backup' && options.length > 0)) {
  console.error(usage);
  process.exit(2);
}
try {
  const started = Date.now();
  if (mode === 'backup') {
    const kind = await backupDatabase(file);
    console.log(`Backed up (${kind}) to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } else {
    // Read the ledger first: restoring into the live PostgreSQL database replaces its tables, ledger included.
    let ledger: LedgerEntry[] = [];
    if (ledgerFrom) ledger = await readLedger(ledgerFrom);
    else if (process.env.DATABASE_URL) ledger = await readLedger(process.env.DATABASE_URL);
    else if (!withoutLedger) {
      console.error(
        'Say where the deletion ledger is, so deleted accounts stay deleted: --ledger-from=<the live PGlite folder>.\n' +
          'Only if no live database is left: --without-ledger (then anyone deleted since the backup comes back).',
      );
      process.exit(2);
    }
    if (ledger.length === 0 && !withoutLedger && !ledgerFrom) {
      console.warn('The target database had no deletion ledger. If the live database is elsewhere, restore again with --ledger-from=<it>.');
    }
    const kind = await restoreDatabase(file);
    const deletedAgain = await reapplyLedger(ledger);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Restored (${kind}) from ${file} in ${seconds} s. Deletion ledger: ${ledger.length} entries, ${deletedAgain} accounts deleted again.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
