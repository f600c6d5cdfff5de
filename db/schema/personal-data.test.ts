import assert from 'node:assert/strict';
import test from 'node:test';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { downloadFileName, mediaFileName, PERSONAL_DATA, type PersonalDataRule, tablesInDownload } from '../../lib/privacy/personal-data';
import * as schema from './index';

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable => value instanceof PgTable);
const rules: Record<string, PersonalDataRule> = PERSONAL_DATA;

test('every table in the schema has a rule for "download my data" and "delete my account"', () => {
  const names = tables.map((table) => getTableConfig(table).name).sort();
  assert.deepEqual(
    names.filter((name) => !(name in rules)),
    [],
    'add the new table to lib/privacy/personal-data.ts and decide what happens to it when a young person leaves',
  );
  assert.deepEqual(Object.keys(rules).filter((name) => !names.includes(name)), [], 'a rule names a table that is gone');
});

test('every column pointing at a person is named in its rule, and deleting the person cannot be blocked', () => {
  for (const table of tables) {
    const config = getTableConfig(table);
    const rule = rules[config.name];
    for (const foreignKey of config.foreignKeys) {
      const reference = foreignKey.reference();
      if (getTableConfig(reference.foreignTable).name !== 'users') continue;
      for (const column of reference.columns) {
        const where = `${config.name}.${column.name}`;
        assert.ok(rule && rule.about !== 'none' && rule.about !== 'contact', `${where} points at a person: give the table a rule`);
        const named = rule.about === 'young_person' ? [...rule.userColumns, ...(rule.staffColumns ?? [])] : rule.staffColumns;
        assert.ok(named.includes(column.name), `${where} points at a person: name it in lib/privacy/personal-data.ts`);
        if (rule.about === 'young_person' && rule.userColumns.includes(column.name)) {
          // Deleting the users row takes these rows with it (applications are copied out first).
          assert.equal(foreignKey.onDelete, 'cascade', `${where} must cascade so deleting an account removes it`);
        }
      }
    }
  }
});

test('the download leaves out only secrets, and has the record itself', () => {
  const inDownload = tablesInDownload();
  for (const table of ['users', 'young_people', 'portfolio_items', 'media_assets', 'applications', 'application_status_history', 'saved_items', 'saved_searches', 'consent_grants', 'access_log', 'notification_preferences', 'notification_log', 'push_subscriptions', 'outbox_messages']) {
    assert.ok(inDownload.includes(table as never), `${table} is in the download`);
  }
  for (const secret of ['sessions', 'accounts', 'sign_in_codes', 'verification_tokens']) {
    assert.ok(!inDownload.includes(secret as never), `${secret} is not in the download`);
  }
});

test('file names in the download are safe', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  assert.equal(downloadFileName('Jade Ahmed', now), 'jade-ahmed-data-2026-12-02.zip');
  assert.equal(downloadFileName('../../etc/passwd', now), 'etc-passwd-data-2026-12-02.zip');
  assert.equal(downloadFileName(null, now), 'my-data-2026-12-02.zip');
  assert.equal(mediaFileName('0b7c9f1e-1111-4222-8333-444455556666', 'image/jpeg'), 'media/0b7c9f1e-1111-4222-8333-444455556666.jpg');
  assert.equal(mediaFileName('../ab', 'application/x-evil'), 'media/ab.bin');
});
