import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  atLocalTime,
  channelChoicesFor,
  chooseChannel,
  decideSend,
  DEFAULT_NOTIFICATION_CONFIG as config,
  fallbackAfterPushGone,
  isHeldBack,
  isQuietTime,
  limitsForArea,
  localClock,
  notificationConfigFrom,
} from './rules';

const phoneOnly = { phone: '+447700900123', email: null };
const both = { phone: '+447700900123', email: 'jade@example.com' };

describe('quiet hours (21:00 to 08:00 in London)', () => {
  it('sends nothing at 23:00 and sends at 08:00, winter and summer', () => {
    // December: London is on GMT. 
    assert.equal(isQuietTime(new Date('2026-12-02T23:00:00Z'), config), true);
    assert.equal(isQuietTime(new Date('2026-12-02T08:00:00Z'), config), false);
    // July: London is an hour ahead (BST), so 23:00 there is 22:00 UTC.
    assert.equal(isQuietTime(new Date('2026-07-02T22:00:00Z'), config), true);
    assert.equal(isQuietTime(new Date('2026-07-02T07:00:00Z'), config), false);
    assert.equal(isQuietTime(new Date('2026-07-02T06:59:00Z'), config), true);
  });

  it('starts on the minute and works for hours that do not cross midnight', () => {
    assert.equal(isQuietTime(new Date('2026-12-02T20:59:00Z'), config), false);
    assert.equal(isQuietTime(new Date('2026-12-02T21:00:00Z'), config), true);
    const lunch = { ...config, quietFrom: 13 * 60, quietTo: 14 * 60 };
    assert.equal(isQuietTime(new Date('2026-12-02T13:30:00Z'), lunch), true);
    assert.equal(isQuietTime(new Date('2026-12-02T23:00:00Z'), lunch), false);
  });

  it('come from QUIET_HOURS, ignoring nonsense', () => {
    assert.deepEqual(notificationConfigFrom({ QUIET_HOURS: '22:30-07:00' }), { ...config, quietFrom: 22 * 60 + 30, quietTo: 7 * 60 });
    assert.deepEqual(notificationConfigFrom({ QUIET_HOURS: 'late-early', MESSAGE_DAILY_CAP: '-1' }), config);
    assert.equal(notificationConfigFrom({ MESSAGE_DAILY_CAP: '5' }).dailyCap, 5);
  });
});

describe('quiet hours in an area with its own (decision 033)', () => {
  // The deployment's are 21:00–08:00; one council chose 22:00–07:00, another 20:00–09:00.
  const shorter = limitsForArea(config, { quietFrom: 22 * 60, quietTo: 7 * 60, dailyCap: 3 });
  const longer = limitsForArea(config, { quietFrom: 20 * 60, quietTo: 9 * 60, dailyCap: 3 });
  const facts = { type: 'job_alerts' as const, choice: 'sms' as const, contact: phoneOnly, sentToday: 0 };

  it('uses the deployment’s when the council saved none', () => {
    assert.deepEqual(limitsForArea(config, null), config);
  });

  it('lets a job send in an area whose quiet hours are over, though the deployment’s are not', () => {
    const halfPastSeven = new Date('2026-12-02T07:30:00Z');
    const halfPastNine = new Date('2026-12-02T21:30:00Z');
    for (const now of [halfPastSeven, halfPastNine]) {
      assert.equal(isQuietTime(now, config), true);
      assert.equal(isQuietTime(now, shorter), false);
      assert.deepEqual(decideSend({ ...facts, now, config: shorter }), { send: true, channel: 'sms' });
    }
  });

  it('never sends in an area’s own quiet hours, even when the deployment’s are over', () => {
    const halfPastEight = new Date('2026-12-02T08:30:00Z');
    assert.equal(isQuietTime(halfPastEight, config), false);
    assert.deepEqual(decideSend({ ...facts, now: halfPastEight, config: longer }), { send: false, why: 'quiet_hours' });
    assert.deepEqual(decideSend({ ...facts, now: new Date('2026-12-02T23:00:00Z'), config: shorter }), { send: false, why: 'quiet_hours' });
  });
});

describe('a run of the job', () => {
  const facts = { type: 'job_alerts' as const, choice: null, contact: phoneOnly, sentToday: 0, config };

  it('at 23:00 sends nothing', () => {
    assert.deepEqual(decideSend({ ...facts, now: new Date('2026-12-02T23:00:00Z') }), { send: false, why: 'quiet_hours' });
  });

  it('at 08:00 sends a text', () => {
    assert.deepEqual(decideSend({ ...facts, now: new Date('2026-12-03T08:00:00Z') }), { send: true, channel: 'sms' });
  });

  it('stops at the daily cap', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    assert.equal(decideSend({ ...facts, now, sentToday: config.dailyCap - 1 }).send, true);
    assert.deepEqual(decideSend({ ...facts, now, sentToday: config.dailyCap }), { send: false, why: 'daily_cap' });
  });

  it('sends nothing to someone who turned these messages off', () => {
    assert.deepEqual(decideSend({ ...facts, choice: 'none', now: new Date('2026-12-03T12:00:00Z') }), { send: false, why: 'turned_off' });
  });
});

describe('choosing how to send', () => {
  it('sends a text unless the person chose email and has one', () => {
    assert.equal(chooseChannel('job_alerts', null, both), 'sms');
    assert.equal(chooseChannel('job_alerts', 'email', both), 'email');
    assert.equal(chooseChannel('job_alerts', 'email', phoneOnly), 'sms');
    assert.equal(chooseChannel('job_alerts', 'sms', { phone: null, email: 'a@b.example' }), 'email');
    assert.equal(chooseChannel('job_alerts', null, { phone: null, email: null }), null);
  });

  it('never turns off important messages', () => {
    assert.equal(chooseChannel('application_updates', 'none', phoneOnly), 'sms');
    assert.equal(chooseChannel('job_alerts', 'none', phoneOnly), null);
    assert.deepEqual(channelChoicesFor('application_updates', true), ['sms', 'email']);
    assert.deepEqual(channelChoicesFor('job_alerts', false), ['sms', 'none']);
  });
});

describe('local times', () => {
  it('finds 08:00 in London a number of days ahead, winter and summer', () => {
    assert.equal(atLocalTime(new Date('2026-12-02T02:00:00Z'), '08:00', 'Europe/London', 2).toISOString(), '2026-12-04T08:00:00.000Z');
    assert.equal(atLocalTime(new Date('2026-07-02T02:00:00Z'), '23:00', 'Europe/London').toISOString(), '2026-07-02T22:00:00.000Z');
    assert.deepEqual(localClock(new Date('2026-07-02T23:30:00Z'), 'Europe/London'), { date: '2026-07-03', minutes: 30 });
  });
});

describe('application texts and reminders (decision 022)', () => {
  const update = { type: 'application_updates' as const, choice: null, contact: phoneOnly, sentToday: 0, config };

  it('news about an application at 23:00 is held back, and goes at 08:00', () => {
    const night = decideSend({ ...update, now: new Date('2026-12-02T23:00:00Z') });
    assert.deepEqual(night, { send: false, why: 'quiet_hours' });
    assert.equal(isHeldBack(night), true);
    assert.deepEqual(decideSend({ ...update, now: new Date('2026-12-03T08:00:00Z') }), { send: true, channel: 'sms' });
  });

  it('news about an application over the daily cap is held back for the next day', () => {
    const decision = decideSend({ ...update, sentToday: config.dailyCap, now: new Date('2026-12-03T12:00:00Z') });
    assert.equal(isHeldBack(decision), true);
  });

  it('a message turned off or with no way to send is dropped, not held', () => {
    assert.equal(isHeldBack({ send: false, why: 'turned_off' }), false);
    assert.equal(isHeldBack({ send: false, why: 'no_contact' }), false);
    assert.equal(isHeldBack({ send: true, channel: 'sms' }), false);
  });

  it('a reminder at 23:00 is not sent; the job tries again', () => {
    assert.deepEqual(decideSend({ ...update, type: 'reminders', now: new Date('2026-12-02T23:00:00Z') }), { send: false, why: 'quiet_hours' });
  });

  it('with no email template, someone who chose email still gets the text', () => {
    assert.equal(chooseChannel('application_updates', 'email', { phone: both.phone, email: null }), 'sms');
  });
});

describe('push notifications (decision 029)', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  const withPhone = { phone: '+447700900123', email: 'jade@example.com', pushDevices: 1 };

  it('are offered only where the service can push', () => {
    assert.deepEqual(channelChoicesFor('job_alerts', true, true), ['sms', 'email', 'push', 'none']);
    assert.deepEqual(channelChoicesFor('application_updates', false, true), ['sms', 'push']);
    assert.deepEqual(channelChoicesFor('job_alerts', false, false), ['sms', 'none']);
  });

  it('go by push when the person chose it and a browser of theirs has it on', () => {
    assert.equal(chooseChannel('job_alerts', 'push', withPhone), 'push');
    assert.equal(chooseChannel('application_updates', 'push', withPhone), 'push');
    assert.deepEqual(decideSend({ type: 'reminders', choice: 'push', contact: withPhone, sentToday: 0, now, config }), { send: true, channel: 'push' });
  });

  it('never go by push to someone who did not choose it', () => {
    assert.equal(chooseChannel('job_alerts', null, withPhone), 'sms');
    assert.equal(chooseChannel('job_alerts', 'email', withPhone), 'email');
    assert.equal(chooseChannel('job_alerts', 'none', withPhone), null);
  });

  it('with no browser left, important news comes by text (else email) and the rest waits', () => {
    const noDevice = { ...withPhone, pushDevices: 0 };
    assert.equal(chooseChannel('application_updates', 'push', noDevice), 'sms');
    assert.equal(chooseChannel('application_updates', 'push', { phone: null, email: 'jade@example.com', pushDevices: 0 }), 'email');
    assert.equal(chooseChannel('job_alerts', 'push', noDevice), null);
    assert.equal(chooseChannel('reminders', 'push', { phone: '+447700900123', email: null }), null);
    assert.deepEqual(decideSend({ type: 'job_alerts', choice: 'push', contact: noDevice, sentToday: 0, now, config }), {
      send: false,
      why: 'no_push_device',
    });
  });

  it('keep quiet hours and the daily cap, counted with texts and emails', () => {
    const facts = { type: 'job_alerts' as const, choice: 'push' as const, contact: withPhone, config };
    assert.deepEqual(decideSend({ ...facts, sentToday: 0, now: new Date('2026-12-02T23:00:00Z') }), { send: false, why: 'quiet_hours' });
    assert.deepEqual(decideSend({ ...facts, sentToday: config.dailyCap, now }), { send: false, why: 'daily_cap' });
    assert.equal(isHeldBack(decideSend({ ...facts, sentToday: config.dailyCap, now })), true);
    assert.equal(isHeldBack({ send: false, why: 'no_push_device' }), false);
  });

  it('that the push service says are gone fall back to a text only for important news', () => {
    assert.equal(fallbackAfterPushGone('application_updates', withPhone), 'sms');
    assert.equal(fallbackAfterPushGone('application_updates', { phone: null, email: 'jade@example.com', pushDevices: 1 }), 'email');
    assert.equal(fallbackAfterPushGone('application_updates', { phone: null, email: null, pushDevices: 1 }), null);
    assert.equal(fallbackAfterPushGone('job_alerts', withPhone), null);
    assert.equal(fallbackAfterPushGone('reminders', withPhone), null);
  });
});
