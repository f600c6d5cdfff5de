import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasAnyFilter, isVacancyId, parseVacancySearch, vacancyHref, vacancySearchHref } from './search';

describe('parseVacancySearch', () => {
  it('reads a full search', () => {
    const filters = parseVacancySearch({
      q: ' chef ',
      area: 'food-and-cooking',
      kind: 'cooking-and-serving-food',
      type: 'apprenticeship',
      noExperience: 'yes',
      noQualifications: 'yes',
      hours: 'part_time',
      closingSoon: 'yes',
      age: '17',
      postcode: 'hx1 2sp',
      distance: '5',
      sort: 'closing',
      page: '2',
    });
    assert.deepEqual(filters, {
      q: 'chef',
      area: 'food-and-cooking',
      kind: 'cooking-and-serving-food',
      type: 'apprenticeship',
      noExperience: true,
      noQualifications: true,
      hours: 'part_time',
      closingSoon: true,
      age: 17,
      postcode: 'hx1 2sp',
      distance: 5,
      sort: 'closing',
      page: 2,
    });
  });

  it('ignores filters it does not know instead of failing', () => {
    const filters = parseVacancySearch({
      type: 'pirate',
      hours: 'sometimes',
      age: '99',
      distance: '7',
      page: '-3',
      sort: 'random',
      kind: '../etc',
      noExperience: 'true',
    });
    assert.equal(filters.type, undefined);
    assert.equal(filters.hours, undefined);
    assert.equal(filters.age, undefined);
    assert.equal(filters.distance, 10);
    assert.equal(filters.page, 1);
    assert.equal(filters.sort, 'best');
    assert.equal(filters.kind, undefined);
    assert.equal(filters.noExperience, false);
    assert.equal(hasAnyFilter(filters), false);
  });

  it('takes the first of repeated parameters', () => {
    assert.equal(parseVacancySearch({ q: ['chef', 'cook'] }).q, 'chef');
    assert.equal(parseVacancySearch({ type: ['job', 'volunteering'] }).type, 'job');
  });

  it('does not count the age or the order alone as a search', () => {
    assert.equal(hasAnyFilter(parseVacancySearch({ age: '17', sort: 'closing' })), false);
    assert.equal(hasAnyFilter(parseVacancySearch({ type: 'job' })), true);
    assert.equal(hasAnyFilter(parseVacancySearch({ closingSoon: 'yes' })), true);
  });
});

describe('vacancySearchHref', () => {
  it('keeps only what is set, and round-trips', () => {
    const filters = parseVacancySearch({ q: 'chef', postcode: 'HX1', distance: '10', page: '1', age: '17' });
    assert.equal(vacancySearchHref(filters), '/vacancies?q=chef&age=17&postcode=HX1');
    assert.equal(vacancySearchHref(filters, { page: 2 }), '/vacancies?q=chef&age=17&postcode=HX1&page=2');
    assert.equal(vacancySearchHref({}), '/vacancies');
    assert.equal(vacancySearchHref({ type: 'training_place', noExperience: true }), '/vacancies?type=training_place&noExperience=yes');
    const again = parseVacancySearch(Object.fromEntries(new URLSearchParams(vacancySearchHref(filters, { distance: 3, sort: 'distance' }).split('?')[1])));
    assert.equal(again.distance, 3);
    assert.equal(again.sort, 'distance');
    assert.equal(again.age, 17);
  });
});

describe('isVacancyId', () => {
  it('accepts uuids only', () => {
    assert.equal(isVacancyId('3f2b8c1e-4a5d-4e6f-8a9b-0c1d2e3f4a5b'), true);
    assert.equal(isVacancyId('not-a-uuid'), false);
    assert.equal(isVacancyId("3f2b8c1e-4a5d-4e6f-8a9b-0c1d2e3f4a5b' or 1=1"), false);
    assert.equal(isVacancyId(undefined), false);
  });
});

describe('vacancyHref', () => {
  it('carries the age and postcode to the vacancy page', () => {
    const id = '3f2b8c1e-4a5d-4e6f-8a9b-0c1d2e3f4a5b';
    assert.equal(vacancyHref(id), `/vacancies/${id}`);
    assert.equal(vacancyHref(id, { age: 17, postcode: 'HX1 2SP' }), `/vacancies/${id}?age=17&postcode=HX1+2SP`);
  });
});
