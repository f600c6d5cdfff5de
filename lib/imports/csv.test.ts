import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_IMPORT_ROWS, readCsvUpload, toCsvLine } from './csv';

const COLUMNS = ['reference', 'title', 'places'];
const REQUIRED = ['reference', 'title'];
const file = (text: string, name = 'courses.csv') => ({ name, bytes: new TextEncoder().encode(text) });

describe('readCsvUpload', () => {
  it('reads rows under the header with spreadsheet row numbers, skipping empty rows', () => {
    const result = readCsvUpload(file('Reference,Title,places\nA1,"Plumbing, Level 1",20\n,,\nB2,Hair,\n'), COLUMNS, REQUIRED);
    assert.deepEqual(result, {
      ok: true,
      rows: [
        { row: 2, cells: { reference: 'A1', title: 'Plumbing, Level 1', places: '20' } },
        { row: 4, cells: { reference: 'B2', title: 'Hair', places: '' } },
      ],
    });
  });

  it('reads a UTF-8 byte order mark and Windows-1252 text from Excel', () => {
    const bom = readCsvUpload(file('\uFEFFreference,title\nA1,Café\n'), COLUMNS, REQUIRED);
    assert.equal(bom.ok && bom.rows[0]?.cells.reference, 'A1');
    const windows = readCsvUpload({ name: 'a.csv', bytes: new Uint8Array([...new TextEncoder().encode('reference,title\nA1,Caf'), 0xe9]) }, COLUMNS, REQUIRED);
    assert.equal(windows.ok && windows.rows[0]?.cells.title, 'Café');
  });

  it('refuses an empty, too big, wrongly named or binary file', () => {
    assert.deepEqual(readCsvUpload(file(''), COLUMNS, REQUIRED), { ok: false, message: 'Choose a CSV file to upload' });
    assert.match(readCsvUpload(file(`reference,title\n${'x'.repeat(1_000_001)}`), COLUMNS, REQUIRED).ok ? '' : 'too big', /too big/);
    assert.deepEqual(readCsvUpload(file('reference,title\nA,B', 'courses.pdf'), COLUMNS, REQUIRED), {
      ok: false,
      message: 'The file must be a CSV file, with a name ending in .csv',
    });
    const excel = readCsvUpload({ name: 'courses.csv', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]) }, COLUMNS, REQUIRED);
    assert.match(excel.ok ? '' : excel.message, /spreadsheet file, not a CSV file/);
    const binary = readCsvUpload({ name: 'courses.csv', bytes: new Uint8Array([0x72, 0x00, 0x65]) }, COLUMNS, REQUIRED);
    assert.match(binary.ok ? '' : binary.message, /must be a CSV file/);
  });

  it('names missing and unknown columns', () => {
    const missing = readCsvUpload(file('reference\nA1\n'), COLUMNS, REQUIRED);
    assert.match(missing.ok ? '' : missing.message, /These are missing: title/);
    const unknown = readCsvUpload(file('reference,title,colour\nA1,B,red\n'), COLUMNS, REQUIRED);
    assert.match(unknown.ok ? '' : unknown.message, /not in the template: colour/);
  });

  it('refuses a file with no rows, or too many', () => {
    const none = readCsvUpload(file('reference,title\n\n'), COLUMNS, REQUIRED);
    assert.match(none.ok ? '' : none.message, /no rows/);
    const lines = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => `R${index},T`).join('\n');
    const many = readCsvUpload(file(`reference,title\n${lines}`), COLUMNS, REQUIRED);
    assert.match(many.ok ? '' : many.message, /2001 rows. Upload 2000 rows or fewer/);
  });

  it('says where broken quote marks are', () => {
    const broken = readCsvUpload(file('reference,title\nA1,"Plumbing\n'), COLUMNS, REQUIRED);
    assert.equal(broken.ok, false);
  });
});

describe('toCsvLine', () => {
  it('quotes cells with commas, quotes and new lines', () => {
    assert.equal(toCsvLine(['a', 'b,c', 'say "hi"', 'x\ny']), 'a,"b,c","say ""hi""","x\ny"');
  });
});
