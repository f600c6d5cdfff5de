import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeOfflineAnswer, otherVersionsToStore, parseOfflineAnswers } from './offline-answers';

const now = new Date('2026-12-02T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('mergeOfflineAnswer', () => {
  it('sends the phone’s words when nobody else changed the answer', () => {
    const merged = mergeOfflineAnswer({ edit: { value: 'New', base: 'Old', editedMsAgo: 0 }, server: { text: 'Old', updatedAt: minutesAgo(60) }, now });
    assert.deepEqual(merged, { value: 'New', isWritten: true, note: null });
  });

  it('sends the phone’s words for a question never answered before', () => {
    assert.deepEqual(mergeOfflineAnswer({ edit: { value: 'New', base: '', editedMsAgo: 0 }, server: null, now }), { value: 'New', isWritten: true, note: null });
  });

  it('writes nothing when both sides already say the same', () => {
    const merged = mergeOfflineAnswer({ edit: { value: 'Same', base: 'Old', editedMsAgo: 0 }, server: { text: 'Same', updatedAt: minutesAgo(1) }, now });
    assert.deepEqual(merged, { value: 'Same', isWritten: false, note: null });
  });

  it('when both changed, the newer edit wins and the other is kept as a note', () => {
    const phoneNewer = mergeOfflineAnswer({
      edit: { value: 'From phone', base: 'Old', editedMsAgo: 5 * 60_000 },
      server: { text: 'From laptop', updatedAt: minutesAgo(30) },
      now,
    });
    assert.deepEqual(phoneNewer, { value: 'From phone', isWritten: true, note: { kept: 'phone', otherValue: 'From laptop' } });

    const laptopNewer = mergeOfflineAnswer({
      edit: { value: 'From phone', base: 'Old', editedMsAgo: 60 * 60_000 },
      server: { text: 'From laptop', updatedAt: minutesAgo(30) },
      now,
    });
    assert.deepEqual(laptopNewer, { value: 'From laptop', isWritten: false, note: { kept: 'elsewhere', otherValue: 'From phone' } });
  });

  it('needs no note when the version not kept was empty', () => {
    const merged = mergeOfflineAnswer({ edit: { value: '', base: 'Old', editedMsAgo: 60 * 60_000 }, server: { text: 'Kept', updatedAt: minutesAgo(1) }, now });
    assert.deepEqual(merged, { value: 'Kept', isWritten: false, note: null });
  });
});

describe('parseOfflineAnswers', () => {
  const id = '5f0c6c7e-8a4e-4a47-9a55-3f6b1c2d9e10';

  it('reads each answer with its base and age, trimmed', () => {
    const form = new FormData();
    form.set(`answer-${id}`, '  Hello ');
    form.set(`base-${id}`, 'Hi');
    form.set(`age-${id}`, '1500');
    assert.deepEqual(parseOfflineAnswers(form), { [id]: { value: 'Hello', base: 'Hi', editedMsAgo: 1500 } });
  });

  it('leaves out anything that is not a well-formed answer', () => {
    const form = new FormData();
    form.set('answer-not-an-id', 'x');
    form.set(`answer-${id}`, 'x');
    form.set(`age-${id}`, '-5');
    form.set('id', id);
    assert.deepEqual(parseOfflineAnswers(form), {});
  });
});

describe('otherVersionsToStore', () => {
  const q1 = '11111111-1111-4111-8111-111111111111';
  const q2 = '22222222-2222-4222-8222-222222222222';

  it('stores the version not kept', () => {
    assert.deepEqual(otherVersionsToStore([{ questionId: q1, otherValue: ' From laptop ' }], []), [{ questionId: q1, text: 'From laptop' }]);
  });

  it('never stores an empty version, one already stored, or the same one twice', () => {
    const notes = [
      { questionId: q1, otherValue: '   ' },
      { questionId: q1, otherValue: 'Kept before' },
      { questionId: q2, otherValue: 'Twice' },
      { questionId: q2, otherValue: 'Twice' },
    ];
    assert.deepEqual(otherVersionsToStore(notes, [{ questionId: q1, text: 'Kept before' }]), [{ questionId: q2, text: 'Twice' }]);
  });

  it('the same words on another question are stored', () => {
    assert.deepEqual(otherVersionsToStore([{ questionId: q2, otherValue: 'Same' }], [{ questionId: q1, text: 'Same' }]), [{ questionId: q2, text: 'Same' }]);
  });
});
