import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextVacancyStatus, VACANCY_EVENTS, VACANCY_STATUSES, vacancyEventsFrom } from './status';

describe('vacancy status', () => {
  it('follows the whole transition table', () => {
    const table = Object.fromEntries(
      VACANCY_STATUSES.map((from) => [from, Object.fromEntries(VACANCY_EVENTS.map((event) => [event, nextVacancyStatus(from, event)]))]),
    );
    assert.deepEqual(table, {
      draft: { post: 'live', close: null, fill: null, reopen: null },
      live: { post: null, close: 'closed', fill: 'filled', reopen: null },
      closed: { post: null, close: null, fill: 'filled', reopen: 'live' },
      filled: { post: null, close: null, fill: null, reopen: 'live' },
    });
  });

  it('offers only the buttons that make sense', () => {
    assert.deepEqual(vacancyEventsFrom('live'), ['close', 'fill']);
    assert.deepEqual(vacancyEventsFrom('closed'), ['fill', 'reopen']);
    assert.deepEqual(vacancyEventsFrom('filled'), ['reopen']);
    assert.deepEqual(vacancyEventsFrom('draft'), []);
  });
});
