import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeOfflineAnswer } from '@/lib/applications/offline-answers';
import { parseOfflineCvEdits } from './offline-edits';

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe('parseOfflineCvEdits', () => {
  it('reads each changed text field with its base and age', () => {
    assert.deepEqual(parseOfflineCvEdits(form({ 'field-body': ' I baked 40 cakes. ', 'base-body': 'I baked.', 'age-body': '5000' })), {
      body: { value: 'I baked 40 cakes.', base: 'I baked.', editedMsAgo: 5000 },
    });
  });

  it('leaves out an empty title, a field that is too long, a bad age and anything that is not CV text', () => {
    const edits = parseOfflineCvEdits(
      form({
        'field-title': '  ',
        'base-title': 'Cakes',
        'age-title': '1',
        'field-grade': 'x'.repeat(61),
        'age-grade': '1',
        'field-place': 'Halifax',
        'age-place': '-4',
        'field-visibility': 'on_cv',
        'age-visibility': '1',
      }),
    );
    assert.deepEqual(edits, {});
  });
});

describe('CV text merge (the offline answers rule, per field)', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  it('keeps the newer edit and gives back the other as a note', () => {
    const merged = mergeOfflineAnswer({
      edit: { value: 'From the phone', base: 'Before', editedMsAgo: 60_000 },
      server: { text: 'From the laptop', updatedAt: new Date('2026-12-02T11:00:00Z') },
      now,
    });
    assert.deepEqual(merged, { value: 'From the phone', isWritten: true, note: { kept: 'phone', otherValue: 'From the laptop' } });
  });
});
