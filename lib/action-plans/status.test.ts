import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTION_STEP_STATUSES, canEditStep, canMoveStep, handOverStepText, nextStepStatuses } from './status';

test('the whole transition table', () => {
  const allowed = ACTION_STEP_STATUSES.flatMap((from) =>
    ACTION_STEP_STATUSES.flatMap((to) =>
      (['young_person', 'adviser'] as const).filter((by) => canMoveStep(from, to, by)).map((by) => `${from}→${to} by ${by}`),
    ),
  );
  assert.deepEqual(allowed, [
    'to_do→done by young_person',
    'to_do→done by adviser',
    'to_do→removed by adviser',
    'done→to_do by young_person',
    'done→to_do by adviser',
    'done→removed by adviser',
  ]);
});

test('a young person can tick and untick but never remove', () => {
  assert.deepEqual(nextStepStatuses('to_do', 'young_person'), ['done']);
  assert.deepEqual(nextStepStatuses('done', 'young_person'), ['to_do']);
  assert.equal(canMoveStep('to_do', 'removed', 'young_person'), false);
});

test('a removed step stays removed and cannot be edited', () => {
  assert.deepEqual(nextStepStatuses('removed', 'adviser'), []);
  assert.equal(canEditStep('removed'), false);
  assert.equal(canEditStep('done'), true);
});

test('a step cannot move to the status it already has', () => {
  for (const status of ACTION_STEP_STATUSES) assert.equal(canMoveStep(status, status, 'adviser'), false);
});

test('the hand-over step counts what was found', () => {
  assert.equal(handOverStepText(1), 'Look at the thing we found together');
  assert.equal(handOverStepText(3), 'Look at the 3 things we found together');
});
