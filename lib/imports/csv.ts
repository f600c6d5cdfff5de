import { parse } from 'csv-parse/sync';

// Reading an uploaded CSV file (decision 024): the checks every import shares, before any row is looked at.
// Pure, so the limits and messages are unit tested without a server.

export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 2000;

/** One row under the header: its number as a spreadsheet shows it (the header is row 1) and its cells. */
export type CsvRow = { row: number; cells: Record<string, string> };

/** A problem with one cell, as the preview lists it. */
export type RowError = { row: number; column: string; message: string };

/**
 * The walk every import shares: check each row, refuse a reference already used on an earlier row of the
 * file, and pair each good row with the existing record that has its reference (matched without case).
 */
export function matchRowsByReference<V extends { externalRef: string }, E extends { externalRef: string }>({
  rows,
  existing,
  validate,
  thing,
}: {
  rows: CsvRow[];
  existing: readonly E[];
  validate: (row: CsvRow) => { values: V } | { errors: RowError[] };
  /** What one row is, for the message: "course", "vacancy". */
  thing: string;
}): { matched: { row: number; values: V; before: E | undefined }[]; errors: RowError[] } {
  const byRef = new Map(existing.map((record) => [record.externalRef.toLowerCase(), record]));
  const seen = new Map<string, number>();
  const matched: { row: number; values: V; before: E | undefined }[] = [];
  const errors: RowError[] = [];
  for (const row of rows) {
    const checked = validate(row);
    if ('errors' in checked) {
      errors.push(...checked.errors);
      continue;
    }
    const key = checked.values.externalRef.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ row: row.row, column: 'reference', message: `This reference is also on row ${earlier}. Each ${thing} needs its own reference` });
      continue;
    }
    seen.set(key, row.row);
    matched.push({ row: row.row, values: checked.values, before: byRef.get(key) });
  }
  return { matched, errors };
}

export type CsvReadResult = { ok: true; rows: CsvRow[] } | { ok: false; message: string };

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The text of the file, or why it is not a CSV file (the real type, not the name or what the browser says). */
function decodeText(bytes: Uint8Array): { text: string } | { message: string } {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { message: 'This is a spreadsheet file, not a CSV file. In your spreadsheet, choose Save as, then CSV' };
  }
  if (bytes.includes(0)) return { message: 'The file must be a CSV file. Use the template on this page' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Excel on Windows saves "CSV (Comma delimited)" in Windows-1252, not UTF-8.
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

const normaliseHeader = (value: string) => value.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * Checks an uploaded file (size, real type, the template's columns, how many rows) and returns its rows.
 * Empty rows are skipped but still counted, so row numbers match the spreadsheet.
 */
export function readCsvUpload(file: { name: string; bytes: Uint8Array }, columns: readonly string[], required: readonly string[]): CsvReadResult {
  if (file.bytes.length === 0) return { ok: false, message: 'Choose a CSV file to upload' };
  if (file.bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: 'The file must be smaller than 1 MB. Split it into smaller files' };
  if (!/\.(csv|txt)$/i.test(file.name)) return { ok: false, message: 'The file must be a CSV file, with a name ending in .csv' };
  const decoded = decodeText(file.bytes);
  if ('message' in decoded) return { ok: false, message: decoded.message };

  let records: string[][];
  try {
    records = parse(decoded.text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch (error) {
    const line = typeof error === 'object' && error && 'lines' in error ? Number((error as { lines: unknown }).lines) : NaN;
    return { ok: false, message: Number.isFinite(line) ? `The file could not be read near row ${line}. Check the quote marks there` : 'The file could not be read as CSV' };
  }

  const [header, ...body] = records;
  if (!header) return { ok: false, message: 'The file is empty. Use the template on this page' };
  const names = header.map(normaliseHeader);
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, message: `The first row must name the columns. These are missing: ${missing.join(', ')}. Use the template` };
  const unknown = names.filter((name) => name !== '' && !columns.includes(name));
  if (unknown.length > 0) return { ok: false, message: `These columns are not in the template: ${unknown.join(', ')}. Check their spelling` };

  const rows: CsvRow[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cells: Record<string, string> = {};
    names.forEach((name, column) => {
      if (name !== '') cells[name] = withoutFormulaGuard((record[column] ?? '').trim());
    });
    rows.push({ row: index + 2, cells });
  });
  if (rows.length === 0) return { ok: false, message: 'The file has no rows under the first row. Add one row for each course' };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, message: `The file has ${rows.length} rows. Upload ${MAX_IMPORT_ROWS} rows or fewer at a time` };
  return { ok: true, rows };
}

/**
 * One CSV line: cells with commas, quotes or new lines are quoted (RFC 4180). A cell a spreadsheet would run
 * as a formula (starting =, +, -, @, tab or return) gets a ' in front, so a download opened in Excel shows
 * the words instead of running them; reading the file back takes the ' off again.
 */
export function toCsvLine(cells: readonly string[]): string {
  return cells
    .map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell))
    .map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',');
}

const FORMULA_START = /^[=+\-@\t\r]/;

function withoutFormulaGuard(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The reference a record made on a form (not from a file) answers to: "NS-" and the first 8 letters of its
 * id. The download of existing records carries it, so they can be changed in a spreadsheet and uploaded back.
 */
export function nextStepsReference(id: string): string {
  return `NS-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** The reference an import matches a record by: its own, or the Next Steps one if it was made on a form. */
export function referenceOf(record: { id: string; externalRef: string | null }): string {
  return record.externalRef ?? nextStepsReference(record.id);
}

/** A CSV file to download (a template or the owner's own records): private, never cached. */
export function csvDownload(rows: readonly (readonly string[])[], fileName: string): Response {
  return new Response(`${rows.map(toCsvLine).join('\r\n')}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'private, no-store',
    },
  });
}
