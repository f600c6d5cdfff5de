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
