import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHORTLIST_MAX, shortlistFromQuery, shortlistLinks, shortlistPagePath } from './shortlist';

const vacancyId = '0b5f8c2e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

describe('shortlistPagePath and shortlistFromQuery', () => {
  it('puts the items in the address and reads them back', () => {
    const path = shortlistPagePath([
      { kind: 'course', key: 'plumbing-level-1' },
      { kind: 'vacancy', key: vacancyId },
      { kind: 'course', key: 'hair-and-beauty' },
    ]);
    assert.equal(path, `/shortlist?c=plumbing-level-1%2Chair-and-beauty&v=${vacancyId}`);
    const query = Object.fromEntries(new URLSearchParams(path.split('?')[1]));
    assert.deepEqual(shortlistFromQuery(query), { courseSlugs: ['plumbing-level-1', 'hair-and-beauty'], vacancyIds: [vacancyId] });
  });

  it('is just /shortlist when empty', () => {
    assert.equal(shortlistPagePath([]), '/shortlist');
  });

  it('drops anything that is not a slug or an id, repeats, and more than the most a shortlist holds', () => {
    assert.deepEqual(shortlistFromQuery({ c: 'ok,Not OK,../x,ok', v: 'nope,' + vacancyId }), { courseSlugs: ['ok'], vacancyIds: [vacancyId] });
    const many = Array.from({ length: 20 }, (_, index) => `c${index}`).join(',');
    assert.equal(shortlistFromQuery({ c: many }).courseSlugs.length, SHORTLIST_MAX);
    assert.deepEqual(shortlistFromQuery({ c: ['a', 'b'] }), { courseSlugs: [], vacancyIds: [] });
  });
});

describe('shortlistLinks', () => {
  it('names each link by its title, shortened when long', () => {
    const links = shortlistLinks([
      { title: 'Plumbing', href: '/courses/plumbing' },
      { title: 'x'.repeat(100), href: `/vacancies/${vacancyId}` },
    ]);
    assert.deepEqual(links[0], { label: 'Plumbing', href: '/courses/plumbing' });
    assert.equal(links[1]!.label.length, 80);
  });
});
