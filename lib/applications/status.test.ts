import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ADVISER_OUTCOMES,
  APPLICATION_STATUSES,
  type ApplicationStatus,
  canChangeStatus,
  isFinished,
  isHoldingOffer,
  nextStatuses,
  STATUS_WORDS_FOR_ADVISER,
  STATUS_WORDS_FOR_STAFF,
  STATUS_WORDS_FOR_YOUNG_PERSON,
  type StatusActor,
  TRANSITIONS,
} from './status';

// The expected table, written out in full: every (from, to, actor) not listed here must be refused.
const Y = 'young_person';
const S = 'staff';
const A = 'adviser';
const EXPECTED: Record<ApplicationStatus, Partial<Record<ApplicationStatus, StatusActor[]>>> = {
  draft: { submitted: [Y], withdrawn: [Y] },
  submitted: { viewed: [S], interview: [S], offer: [S], unsuccessful: [S], withdrawn: [Y] },
  viewed: { interview: [S], offer: [S], unsuccessful: [S], withdrawn: [Y] },
  interview: { interview: [S], offer: [S], unsuccessful: [S], withdrawn: [Y], no_show: [S, A] },
  offer: { accepted: [Y], declined: [Y] },
  accepted: { withdrawn: [Y], did_not_enrol: [S, A] },
  declined: {},
  unsuccessful: {},
  withdrawn: {},
  no_show: {},
  did_not_enrol: {},
};
const ACTORS: StatusActor[] = [Y, S, A];

describe('application status machine', () => {
  it('allows exactly the transitions in the table, for exactly the right people', () => {
    for (const from of APPLICATION_STATUSES) {
      for (const to of APPLICATION_STATUSES) {
        for (const actor of ACTORS) {
          const expected = EXPECTED[from][to]?.includes(actor) ?? false;
          assert.equal(canChangeStatus(from, to, actor), expected, `${from} → ${to} by ${actor}`);
        }
      }
    }
  });

  it('lists what each person can do next', () => {
    assert.deepEqual(nextStatuses('offer', Y), ['accepted', 'declined']);
    assert.deepEqual(nextStatuses('offer', S), []);
    assert.deepEqual(nextStatuses('viewed', S), ['interview', 'offer', 'unsuccessful']);
    assert.deepEqual(nextStatuses('interview', A), ['no_show']);
  });

  it('advisers only record no-shows and did-not-enrol', () => {
    for (const from of APPLICATION_STATUSES) {
      for (const to of nextStatuses(from, A)) assert.ok(to === 'no_show' || to === 'did_not_enrol');
    }
  });

  it("the adviser's buttons are exactly the adviser's moves in the table", () => {
    const fromTable = TRANSITIONS.filter((t) => t.by.includes(A)).map((t) => `${t.from}>${t.to}`).sort();
    const fromButtons = Object.entries(ADVISER_OUTCOMES).map(([to, { from }]) => `${from}>${to}`).sort();
    assert.deepEqual(fromButtons, fromTable);
    for (const status of APPLICATION_STATUSES) assert.ok(STATUS_WORDS_FOR_ADVISER[status]);
  });

  it('knows which statuses are finished and which hold an offer', () => {
    assert.deepEqual(
      APPLICATION_STATUSES.filter(isFinished),
      ['declined', 'unsuccessful', 'withdrawn', 'no_show', 'did_not_enrol'],
    );
    assert.deepEqual(APPLICATION_STATUSES.filter(isHoldingOffer), ['offer', 'accepted']);
  });

  it('has plain words for every status, for both sides, without the word NEET', () => {
    for (const status of APPLICATION_STATUSES) {
      assert.ok(STATUS_WORDS_FOR_YOUNG_PERSON[status].label);
      assert.ok(STATUS_WORDS_FOR_YOUNG_PERSON[status].next);
      assert.ok(STATUS_WORDS_FOR_STAFF[status]);
      assert.doesNotMatch(JSON.stringify(STATUS_WORDS_FOR_YOUNG_PERSON[status]), /NEET/);
    }
  });
});
