import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortStepText, type StepReminderCandidate, stepsDueForReminder, ukTomorrow } from './reminders';

const step = (overrides: Partial<StepReminderCandidate>): StepReminderCandidate => ({
  id: 'a',
  youngPersonId: 'yp',
  text: 'Visit the college',
  status: 'to_do',
  dueOn: '2026-12-03',
  reminderSentAt: null,
  ...overrides,
});

// 10:00 in London on 2 December.
const now = new Date('2026-12-02T10:00:00Z');

test('a step due tomorrow, still to do and not reminded, is due', () => {
  assert.deepEqual(
    stepsDueForReminder([step({ id: 'due' })], now).map((s) => s.id),
    ['due'],
  );
});

test('steps due today, the day after tomorrow, done, removed or already reminded are not', () => {
  const candidates = [
    step({ id: 'today', dueOn: '2026-12-02' }),
    step({ id: 'later', dueOn: '2026-12-04' }),
    step({ id: 'done', status: 'done' }),
    step({ id: 'removed', status: 'removed' }),
    step({ id: 'sent', reminderSentAt: new Date('2026-12-02T08:00:00Z') }),
  ];
  assert.deepEqual(stepsDueForReminder(candidates, now), []);
});

test('tomorrow is the UK day: late at night in summer time, UTC is still the day before', () => {
  // 23:30 UTC on 30 June is 00:30 on 1 July in London, so tomorrow is 2 July.
  assert.equal(ukTomorrow(new Date('2026-06-30T23:30:00Z')), '2026-07-02');
  // In winter London is on UTC.
  assert.equal(ukTomorrow(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
});

test('tomorrow across the clocks going forward', () => {
  assert.equal(ukTomorrow(new Date('2027-03-27T12:00:00Z')), '2027-03-28');
  assert.equal(ukTomorrow(new Date('2027-03-28T12:00:00Z')), '2027-03-29');
});

test('long step words are cut short for a text', () => {
  assert.equal(shortStepText('Short'), 'Short');
  const cut = shortStepText('a'.repeat(100));
  assert.equal(cut.length, 60);
  assert.ok(cut.endsWith('…'));
});

test('due words are plain and use the UK day', async () => {
  const { describeDue, describeStepsToDo } = await import('./words');
  assert.equal(describeDue('2026-12-02', '2026-12-02', now), 'Do it today');
  assert.equal(describeDue('2026-12-03', '2026-12-02', now), 'Do it by tomorrow');
  assert.equal(describeDue('2026-12-10', '2026-12-02', now), 'Do it by Thursday 10 December');
  assert.equal(describeDue('2026-12-01', '2026-12-02', now), 'This was for Tuesday 1 December');
  assert.equal(describeStepsToDo(1), 'You have 1 step to do.');
  assert.equal(describeStepsToDo(0), 'You have done every step. Well done!');
});
