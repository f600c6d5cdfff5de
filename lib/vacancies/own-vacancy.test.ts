import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vacancyFormValues, type SavedVacancy } from './own-vacancy';
import { vacancySchema } from './posting';

const saved: SavedVacancy = {
  title: 'Get ready for work',
  type: 'training_place',
  categoryId: '5b0c7c1e-4b8a-4f7e-9d5e-1f2a3b4c5d6e',
  summary: 'Try out kinds of work.',
  whatYoullDo: '',
  wagePence: 3000,
  wageUnit: 'allowance',
  isMinimumWageForAge: false,
  hoursPerWeek: '16.0',
  postcode: 'HX1 2SP',
  town: 'Halifax',
  closesOn: '2027-03-01',
  places: null,
  isNoExperienceNeeded: true,
  isNoQualificationsNeeded: false,
  questions: ['Why this?', 'When can you start?'],
  acceptsVoiceAndVideo: true,
};

describe('vacancyFormValues', () => {
  it('fills the form as a person would type it', () => {
    const values = vacancyFormValues(saved);
    assert.equal(values.wageChoice, 'allowance');
    assert.equal(values.wage, '30');
    assert.equal(values.hoursPerWeek, '16');
    assert.equal(values.places, '');
    assert.equal(values.isNoExperienceNeeded, 'on');
    assert.equal(values.isNoQualificationsNeeded, '');
    assert.equal(values.questions, 'Why this?\nWhen can you start?');
  });

  it('shows the legal minimum as a choice, not an amount', () => {
    const values = vacancyFormValues({ ...saved, type: 'job', wageUnit: 'hour', wagePence: null, isMinimumWageForAge: true });
    assert.equal(values.wageChoice, 'minimum');
    assert.equal(values.wage, '');
  });

  it('reads back through the schema to the same vacancy (nothing changes when saved as it is)', () => {
    const parsed = vacancySchema('2026-12-03').safeParse(vacancyFormValues(saved));
    assert.ok(parsed.success);
    assert.equal(parsed.data.wagePence, 3000);
    assert.equal(parsed.data.wageUnit, 'allowance');
    assert.deepEqual(parsed.data.questions, saved.questions);
  });

  it('refuses a kind of work that is not an id, by the pictures', () => {
    const parsed = vacancySchema('2026-12-03').safeParse({ ...vacancyFormValues(saved), categoryId: 'plumbing' });
    assert.ok(!parsed.success);
    assert.equal(parsed.error.issues[0]?.path[0], 'categoryId');
    assert.equal(parsed.error.issues[0]?.message, 'Choose the kind of work from the pictures');
  });
});
