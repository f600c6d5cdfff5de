import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedFields, describeChanges, isRecordId } from './changes';

describe('changedFields', () => {
  it('lists only the fields whose value changed', () => {
    const changes = changedFields({ summary: 'Old', cost: 'Free', places: 10 }, { summary: 'New', cost: 'Free', places: 10 });
    assert.deepEqual(changes, { summary: { from: 'Old', to: 'New' } });
  });

  it('treats null and a missing value as the same, and ignores fields left out', () => {
    assert.deepEqual(changedFields({ places: null, cost: 'Free' }, { places: null }), {});
    assert.deepEqual(changedFields<{ places: number | null }>({ places: 5 }, { places: null }), { places: { from: 5, to: null } });
  });

  it('says what changed in one line', () => {
    assert.equal(describeChanges({ summary: { from: 'a', to: 'b' }, cost: { from: '', to: 'Free' } }), 'Changed summary, cost');
    assert.equal(describeChanges({}), 'No changes');
  });
});

describe('isRecordId', () => {
  it('accepts a uuid and nothing else', () => {
    assert.equal(isRecordId('3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f'), true);
    assert.equal(isRecordId('not-an-id'), false);
    assert.equal(isRecordId(undefined), false);
  });
});
