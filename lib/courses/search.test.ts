import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseSearchHref, hasAnyFilter, parseCourseSearch } from './search';

describe('parseCourseSearch', () => {
  it('reads a full search', () => {
    const filters = parseCourseSearch({
      q: ' hair ',
      area: 'hair-and-beauty',
      level: 'gcse-level',
      mode: 'part_time',
      postcode: 'hx1 2sp',
      distance: '5',
      noQualifications: 'yes',
      sort: 'distance',
      page: '2',
    });
    const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
    assert.deepEqual(defined, {
      q: 'hair',
      area: 'hair-and-beauty',
      level: 'gcse-level',
      mode: 'part_time',
      postcode: 'hx1 2sp',
      distance: 5,
      noQualifications: true,
      sort: 'distance',
      page: 2,
    });
  });

  it('ignores filters it does not know instead of failing', () => {
    const filters = parseCourseSearch({ level: 'level_9', mode: 'sometimes', distance: '7', page: '-3', sort: 'random', area: '../etc' });
    assert.equal(filters.level, undefined);
    assert.equal(filters.mode, undefined);
    assert.equal(filters.distance, 10);
    assert.equal(filters.page, 1);
    assert.equal(filters.sort, 'best');
    assert.equal(filters.area, undefined);
    assert.equal(hasAnyFilter(filters), false);
  });

  it('takes the first of repeated parameters', () => {
    assert.equal(parseCourseSearch({ q: ['plumbing', 'hair'] }).q, 'plumbing');
  });
});

describe('courseSearchHref', () => {
  it('keeps only what is set, and round-trips', () => {
    const filters = parseCourseSearch({ q: 'hair', postcode: 'HX1', distance: '10', page: '1' });
    assert.equal(courseSearchHref(filters), '/courses?q=hair&postcode=HX1');
    assert.equal(courseSearchHref(filters, { page: 2 }), '/courses?q=hair&postcode=HX1&page=2');
    assert.equal(courseSearchHref({}), '/courses');
    const again = parseCourseSearch(Object.fromEntries(new URLSearchParams(courseSearchHref(filters, { distance: 3 }).split('?')[1])));
    assert.equal(again.distance, 3);
  });
});
