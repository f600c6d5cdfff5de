import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canRemindAgain, dueAutomaticReminder, freshnessCutOffs, isWorkingHours, type OwnerRecords, sortByMostOverdue, summariseOwner } from './owners';
import { freshnessOf } from './rules';

const now = new Date('2026-12-02T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const rules = { warnAfterDays: 90, hideAfterDays: 180 };
const owner = (overrides: Partial<OwnerRecords> = {}): OwnerRecords => ({
  kind: 'provider',
  id: 'p1',
  name: 'Calder Valley College',
  records: 4,
  needsChecking: 2,
  hidden: 1,
  oldestCheckedAt: daysAgo(200),
  lastReminderAt: null,
  recipients: 2,
  ...overrides,
});

describe('freshnessCutOffs', () => {
  it('splits records the same way as each record’s own freshness', () => {
    const { warnBefore, hideBefore } = freshnessCutOffs(now, rules);
    for (const days of [1, 89, 90.01, 120, 179.99, 180.01, 400]) {
      const checkedAt = daysAgo(days);
      const counted = checkedAt < hideBefore ? 'hidden' : checkedAt < warnBefore ? 'needs-checking' : 'fresh';
      assert.equal(counted, freshnessOf(checkedAt, now, rules), `${days} days`);
    }
  });
});

describe('summariseOwner', () => {
  it('can remind an owner with out-of-date records and someone to tell', () => {
    assert.equal(summariseOwner(owner(), now).cannotRemind, null);
  });

  it('has nothing to remind about when every record is fresh', () => {
    assert.equal(summariseOwner(owner({ needsChecking: 0, hidden: 0 }), now).cannotRemind, 'nothing_to_check');
  });

  it('reminds an owner at most once a day, and not when no one would get it', () => {
    assert.equal(summariseOwner(owner({ lastReminderAt: new Date(now.getTime() - 60 * 60 * 1000) }), now).cannotRemind, 'reminded_today');
    assert.equal(summariseOwner(owner({ lastReminderAt: daysAgo(1) }), now).cannotRemind, null);
    assert.equal(summariseOwner(owner({ recipients: 0 }), now).cannotRemind, 'no_one_to_remind');
  });
});

describe('canRemindAgain', () => {
  it('allows a reminder after 24 hours', () => {
    assert.equal(canRemindAgain(null, now), true);
    assert.equal(canRemindAgain(new Date(now.getTime() - 23.9 * 60 * 60 * 1000), now), false);
    assert.equal(canRemindAgain(new Date(now.getTime() - DAY), now), true);
  });
});

describe('sortByMostOverdue', () => {
  it('puts hidden records first, then records needing checks, then the oldest check, then the name', () => {
    const summary = (id: string, needsChecking: number, hidden: number, oldest: number | null) =>
      summariseOwner(owner({ id, name: id.toUpperCase(), needsChecking, hidden, oldestCheckedAt: oldest === null ? null : daysAgo(oldest) }), now);
    const owners = [summary('d', 0, 0, 5), summary('a', 1, 0, 100), summary('c', 2, 0, 120), summary('e', 1, 0, 130), summary('b', 0, 1, 200), summary('f', 0, 0, null)];
    assert.deepEqual(sortByMostOverdue(owners).map((item) => item.id), ['b', 'c', 'e', 'a', 'd', 'f']);
  });
});

describe('isWorkingHours', () => {
  it('is Monday to Friday, 09:00 to 17:00 London time, summer and winter', () => {
    assert.equal(isWorkingHours(new Date('2026-12-02T09:00:00Z')), true); // Wednesday 09:00 GMT
    assert.equal(isWorkingHours(new Date('2026-12-02T08:59:00Z')), false);
    assert.equal(isWorkingHours(new Date('2026-12-02T16:59:00Z')), true);
    assert.equal(isWorkingHours(new Date('2026-12-02T17:00:00Z')), false);
    assert.equal(isWorkingHours(new Date('2026-12-05T12:00:00Z')), false); // Saturday
    assert.equal(isWorkingHours(new Date('2026-12-06T12:00:00Z')), false); // Sunday
    // 08:30 UTC in July is 09:30 in London (BST).
    assert.equal(isWorkingHours(new Date('2026-07-01T08:30:00Z')), true);
    assert.equal(isWorkingHours(new Date('2026-07-01T16:30:00Z')), false);
  });
});

describe('dueAutomaticReminder', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const day = 24 * 60 * 60 * 1000;
  it('reminds an owner with something to check and someone to tell, not reminded for a week', () => {
    assert.equal(dueAutomaticReminder(owner({ needsChecking: 1, lastReminderAt: null }), now), true);
    assert.equal(dueAutomaticReminder(owner({ hidden: 2, lastReminderAt: new Date(now.getTime() - 7 * day) }), now), true);
  });
  it('does not remind within the week, with nothing to check, or with no address', () => {
    assert.equal(dueAutomaticReminder(owner({ needsChecking: 1, lastReminderAt: new Date(now.getTime() - 6 * day) }), now), false);
    assert.equal(dueAutomaticReminder(owner({ needsChecking: 0, hidden: 0 }), now), false);
    assert.equal(dueAutomaticReminder(owner({ needsChecking: 1, recipients: 0 }), now), false);
  });
});
