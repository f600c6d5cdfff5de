import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandSearch, SYNONYM_GROUPS } from './synonyms';

const alternatives = (q: string) => expandSearch(q).split(' or ');

describe('expandSearch', () => {
  it('finds the words employers use for the words young people use', () => {
    assert.ok(alternatives('hairdressing').includes('"hair stylist"'));
    assert.ok(alternatives('mechanic').includes('"motor vehicle"'));
    assert.ok(alternatives('chef').includes('cook'));
    assert.ok(alternatives('chef').includes('kitchen'));
    assert.ok(alternatives('office').includes('admin'));
    assert.ok(alternatives('office').includes('clerical'));
    assert.ok(alternatives('care').includes('carer'));
    assert.ok(alternatives('care').includes('"care assistant"'));
    assert.ok(alternatives('builder').includes('construction'));
    assert.ok(alternatives('shop').includes('retail'));
    assert.ok(alternatives('shop').includes('"sales assistant"'));
    assert.ok(alternatives('IT').includes('computer'));
  });

  it('keeps the person’s own word first and the rest of their search with every synonym', () => {
    const expanded = alternatives('junior hairdressing');
    assert.equal(expanded[0], 'junior hairdressing');
    assert.ok(expanded.includes('junior "hair stylist"'));
    assert.ok(expanded.every((alternative) => alternative.startsWith('junior ')));
  });

  it('works both ways, with plurals and capitals', () => {
    assert.ok(alternatives('construction').includes('builder'));
    assert.ok(alternatives('Mechanics').includes('"motor vehicle"'));
    assert.ok(alternatives('Hair Stylist').includes('hairdressing'));
  });

  it('leaves searches with no synonyms alone', () => {
    assert.equal(expandSearch('plumbng'), 'plumbng');
    assert.equal(expandSearch('zzzz qqqq'), 'zzzz qqqq');
  });

  it('treats "it" as IT only in capitals or on its own', () => {
    assert.ok(alternatives('it').includes('computer'));
    assert.ok(alternatives('IT jobs').includes('computer jobs'));
    assert.equal(expandSearch('i like it'), 'i like it');
  });

  it('keeps an "or" the person typed, expanding each side', () => {
    const expanded = alternatives('chef or zzzz');
    assert.ok(expanded.includes('cook'));
    assert.equal(expanded.at(-1), 'zzzz');
  });

  it('stays a small query when several words have synonyms', () => {
    assert.ok(alternatives('shop office care').length <= 12);
  });

  it('has about twenty groups, each word in only one group', () => {
    assert.ok(SYNONYM_GROUPS.length >= 20);
    const words = SYNONYM_GROUPS.flat().map((word) => word.toLowerCase());
    assert.equal(new Set(words).size, words.length);
  });
});
