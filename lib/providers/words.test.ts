import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describeCourseCount,
  formatTextNumber,
  PROVIDER_KIND_WORDS,
  PROVIDER_KINDS,
  providerPicture,
  smsHref,
  telHref,
} from './words';

describe('providers in plain words', () => {
  it('names every kind of provider and has a picture for each', () => {
    for (const kind of PROVIDER_KINDS) {
      assert.ok(PROVIDER_KIND_WORDS[kind]);
      assert.match(providerPicture(kind, null), /^\/images\/providers\/[a-z-]+\.svg$/);
    }
    assert.equal(PROVIDER_KIND_WORDS.school_sixth_form, 'School sixth form');
  });

  it('prefers the provider’s own picture', () => {
    assert.equal(providerPicture('college', '/images/providers/school.svg'), '/images/providers/school.svg');
    assert.equal(providerPicture('college', ''), '/images/providers/college.svg');
  });

  it('counts courses in words', () => {
    assert.equal(describeCourseCount(0), 'No courses listed');
    assert.equal(describeCourseCount(1), '1 course');
    assert.equal(describeCourseCount(12), '12 courses');
  });

  it('makes links for texting and phoning', () => {
    assert.equal(smsHref('+447700900200'), 'sms:+447700900200');
    assert.equal(telHref('01632 960100'), 'tel:01632960100');
    assert.equal(formatTextNumber('+447700900200'), '07700 900200');
    assert.equal(formatTextNumber('60777'), '60777');
  });
});
