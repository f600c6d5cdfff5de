import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handOverLinkFor, weekAfter } from './hand-over';

test('a hand-over link says what it opens', () => {
  assert.deepEqual(handOverLinkFor('/vacancies?q=mechanic'), { label: 'The jobs and training we found', href: '/vacancies?q=mechanic' });
  assert.equal(handOverLinkFor('/courses?q=care').label, 'The courses we found');
  assert.equal(handOverLinkFor('/courses/motor-vehicle').label, 'The course we looked at');
  assert.equal(handOverLinkFor('/vacancies/1234').label, 'The job we looked at');
  assert.equal(handOverLinkFor('/explore/matches?like=animals').label, 'The work you might like');
  assert.equal(handOverLinkFor('/').label, 'The page we looked at');
});

test('a week after a day, across a month end', () => {
  assert.equal(weekAfter('2026-12-28'), '2027-01-04');
});
