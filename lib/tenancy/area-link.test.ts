import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeNextPath } from './area-link';

describe('safeNextPath', () => {
  it('keeps a page of this service, with its search', () => {
    assert.equal(safeNextPath('/vacancies?type=job'), '/vacancies?type=job');
    assert.equal(safeNextPath('/courses/at-16'), '/courses/at-16');
  });

  it('goes home for anything that could lead to another site, or nothing', () => {
    for (const next of [null, undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/\u0009/evil.example', 'vacancies']) {
      assert.equal(safeNextPath(next), '/');
    }
  });
});
