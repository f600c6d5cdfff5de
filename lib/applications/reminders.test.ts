import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueReminders, type ReminderInput } from './reminders';

const now = new Date('2026-12-10T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const base: ReminderInput = {
  id: 'a',
  youngPersonId: 'u',
  status: 'draft',
  updatedAt: now,
  interviewAt: null,
  offerChangedAt: null,
  remindersSent: [],
  phone: '+447700900123',
  title: 'Plumbing Level 1',
};

describe('dueReminders', () => {
  it('reminds about a draft left for 3 days, once', () => {
    assert.deepEqual(dueReminders([{ ...base, updatedAt: daysAgo(2) }], now), []);
    const [due] = dueReminders([{ ...base, updatedAt: daysAgo(3) }], now);
    assert.equal(due?.key, 'draft');
    assert.equal(due?.template, 'draftReminderSms');
    assert.deepEqual(dueReminders([{ ...base, updatedAt: daysAgo(9), remindersSent: ['draft'] }], now), []);
  });

  it('reminds the day before an interview, again if the date changes', () => {
    const interview = { ...base, status: 'interview' as const, interviewAt: new Date('2026-12-11T10:30:00Z') };
    const [due] = dueReminders([interview], now);
    assert.equal(due?.template, 'interviewTomorrowSms');
    assert.equal(due?.personalisation.when, 'Friday 11 December at 10:30am');
    assert.deepEqual(dueReminders([{ ...interview, remindersSent: [due!.key] }], now), []);
    assert.deepEqual(dueReminders([{ ...interview, interviewAt: new Date('2026-12-12T10:30:00Z') }], now), []);
    assert.equal(dueReminders([{ ...interview, interviewAt: new Date('2026-12-11T15:00:00Z'), remindersSent: [due!.key] }], now).length, 1);
  });

  it('uses London days: just after midnight BST is still tomorrow', () => {
    const summerNow = new Date('2027-06-10T09:00:00Z');
    const interview = { ...base, status: 'interview' as const, interviewAt: new Date('2027-06-10T23:30:00Z') };
    assert.equal(dueReminders([interview], summerNow).length, 1);
  });

  it('reminds about an offer waiting 3 days for a reply, once', () => {
    const offer = { ...base, status: 'offer' as const, offerChangedAt: daysAgo(3) };
    assert.equal(dueReminders([offer], now)[0]?.template, 'offerAwaitingSms');
    assert.deepEqual(dueReminders([{ ...offer, offerChangedAt: daysAgo(1) }], now), []);
    assert.deepEqual(dueReminders([{ ...offer, remindersSent: ['offer'] }], now), []);
  });

  it('sends nothing without a phone number, or for other statuses', () => {
    assert.deepEqual(dueReminders([{ ...base, updatedAt: daysAgo(5), phone: null }], now), []);
    assert.deepEqual(dueReminders([{ ...base, status: 'submitted', updatedAt: daysAgo(30) }], now), []);
  });
});
