import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILD_FINISHED, BUILD_STEP_COUNT, BUILD_STEPS, buildStepFromParam, pathAfterStep, resumeChoice } from './build';
import { CV_SECTIONS } from './sections';

describe('guided CV steps', () => {
  it('has one step per CV part, in the CV order, numbered from 1', () => {
    assert.equal(BUILD_STEP_COUNT, 6);
    assert.deepEqual(
      BUILD_STEPS.map((step) => step.info.section),
      CV_SECTIONS.map((info) => info.section),
    );
    assert.deepEqual(
      BUILD_STEPS.map((step) => step.number),
      [1, 2, 3, 4, 5, 6],
    );
  });

  it('reads only whole step numbers in range from the URL', () => {
    assert.equal(buildStepFromParam('1')?.info.section, 'about_me');
    assert.equal(buildStepFromParam('6')?.info.section, 'looking_for');
    for (const bad of ['0', '7', '-1', '2.5', 'abc', '', '01']) assert.equal(buildStepFromParam(bad), null, bad);
  });

  it('goes to the next step, and to the end page after the last', () => {
    assert.equal(pathAfterStep(1), '/cv/build/2');
    assert.equal(pathAfterStep(5), '/cv/build/6');
    assert.equal(pathAfterStep(6), '/cv/build/done');
  });

  it('offers to start, carry on at the saved step, or nothing once finished', () => {
    assert.deepEqual(resumeChoice(null), { kind: 'start' });
    assert.deepEqual(resumeChoice(1), { kind: 'start' });
    assert.deepEqual(resumeChoice(3), { kind: 'carry-on', step: 3 });
    assert.deepEqual(resumeChoice(BUILD_FINISHED), { kind: 'finished' });
  });
});
