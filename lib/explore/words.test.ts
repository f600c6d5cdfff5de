import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NO_ANSWERS } from './answers';
import { describeAnswers, describeOptionType, describeQualifications } from './words';

describe('explore words', () => {
  it('reads the answers back in plain words, saying what was skipped', () => {
    assert.deepEqual(
      describeAnswers({ like: ['fixing', 'driving'], way: ['hands'], now: 'none', travel: 'bus', postcode: 'hx1' }).map((line) => `${line.question}: ${line.answer}`),
      ['You enjoy: fixing things and driving', 'You like to work: with my hands', 'Qualifications: No qualifications yet', 'Travel: By bus from HX1'],
    );
    assert.ok(describeAnswers(NO_ANSWERS).every((line) => line.answer === 'You skipped this'));
  });

  it('reads them back for an adviser about the young person, without where they travel from', () => {
    assert.deepEqual(
      describeAnswers({ like: ['caring'], way: ['alone', 'outside'], travel: 'bus', postcode: 'hx1' }, { who: 'they' }).map(
        (line) => `${line.question}: ${line.answer}`,
      ),
      ['They enjoy: looking after people', 'They like to work: on their own and outside', 'Qualifications: They skipped this'],
    );
  });

  it('names each kind of local option', () => {
    assert.equal(describeOptionType('course', false), 'Course');
    assert.equal(describeOptionType('course', true), 'Apprenticeship course');
    assert.equal(describeOptionType('training_place', false), 'Training place');
    assert.equal(describeQualifications(true), 'No qualifications needed');
    assert.equal(describeQualifications(false), 'May need qualifications');
  });
});
