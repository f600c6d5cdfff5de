import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVacancySearch } from './search';
import { describeVacancySearch, filtersFromSavedQuery, savedSearchQuery } from './saved-search';

describe('saved vacancy searches', () => {
  it('keep what the search asks for, not the page, order or age', () => {
    const filters = parseVacancySearch({ q: 'care', type: 'apprenticeship', page: '3', sort: 'closing', age: '17' });
    assert.equal(savedSearchQuery(filters), 'q=care&type=apprenticeship');
  });

  it('are not made from an empty search', () => {
    assert.equal(savedSearchQuery(parseVacancySearch({ age: '17' })), null);
  });

  it('run the same search again from the kept query', () => {
    const filters = parseVacancySearch({ q: 'chef', postcode: 'HX1', distance: '5', noExperience: 'yes' });
    const again = filtersFromSavedQuery(savedSearchQuery(filters)!);
    assert.deepEqual({ ...again }, { ...filters });
  });

  it('have a plain name', () => {
    assert.equal(describeVacancySearch(parseVacancySearch({ q: 'care', type: 'apprenticeship' })), '“care”, apprenticeships');
    assert.equal(
      describeVacancySearch(parseVacancySearch({ type: 'job', postcode: 'hx1', distance: '5', hours: 'part_time' })),
      'Jobs, part time, within 5 miles of HX1',
    );
  });
});
