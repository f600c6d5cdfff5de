import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COURSE_LEVELS, describeLevel, isPlainLevel, PLAIN_LEVELS, plainLevelOf } from './levels';

describe('course levels in plain words', () => {
  it('every formal level belongs to exactly one plain group', () => {
    for (const level of COURSE_LEVELS) {
      const groups = Object.values(PLAIN_LEVELS).filter((group) => (group.levels as readonly string[]).includes(level));
      assert.equal(groups.length, 1, level);
    }
  });

  it('says the words first and the formal level after', () => {
    assert.equal(describeLevel('entry'), 'Starting out (Entry level)');
    assert.equal(describeLevel('level_1'), 'Starting out (Level 1)');
    assert.equal(describeLevel('level_2'), 'GCSE level (Level 2)');
    assert.equal(describeLevel('level_3'), 'A level level (Level 3)');
    assert.equal(plainLevelOf('level_4'), 'higher');
  });

  it('knows its own filter values and nothing else', () => {
    assert.equal(isPlainLevel('gcse-level'), true);
    assert.equal(isPlainLevel('level_2'), false);
    assert.equal(isPlainLevel('toString'), false);
  });
});
