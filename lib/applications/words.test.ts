import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canSendReminder, formatWhen, fromLondonLocal, remindAfterDaysFrom } from './words';

const DAY = 24 * 60 * 60 * 1000;

describe('fromLondonLocal', () => {
  it('reads winter times as GMT and summer times as BST', () => {
    assert.equal(fromLondonLocal('2026-12-08T10:30')?.toISOString(), '2026-12-08T10:30:00.000Z');
    assert.equal(fromLondonLocal('2027-06-08T10:30')?.toISOString(), '2027-06-08T09:30:00.000Z');
  });

  it('refuses dates that do not exist', () => {
    assert.equal(fromLondonLocal('2026-02-30T10:00'), null);
    assert.equal(fromLondonLocal('tomorrow'), null);
  });

  it('says the time back in words', () => {
    assert.equal(formatWhen(new Date('2026-12-08T10:30:00Z')), 'Tuesday 8 December at 10:30am');
  });
});

describe('reminders to a provider', () => {
  const now = new Date('2026-12-20T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

  it('waits the set number of days after sending, then after each reminder', () => {
    assert.equal(canSendReminder({ status: 'submitted', submittedAt: daysAgo(9), remindedAt: null }, now, 10), false);
    assert.equal(canSendReminder({ status: 'submitted', submittedAt: daysAgo(10), remindedAt: null }, now, 10), true);
    assert.equal(canSendReminder({ status: 'viewed', submittedAt: daysAgo(30), remindedAt: daysAgo(2) }, now, 10), false);
  });

  it('is only for applications waiting for a reply', () => {
    assert.equal(canSendReminder({ status: 'offer', submittedAt: daysAgo(30), remindedAt: null }, now, 10), false);
    assert.equal(canSendReminder({ status: 'draft', submittedAt: null, remindedAt: null }, now, 10), false);
  });

  it('takes the number of days from the environment', () => {
    assert.equal(remindAfterDaysFrom({}), 10);
    assert.equal(remindAfterDaysFrom({ REMIND_AFTER_DAYS: '5' }), 5);
    assert.equal(remindAfterDaysFrom({ REMIND_AFTER_DAYS: 'soon' }), 10);
  });
});
