import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseDetailsSchema, courseRunSchema, isRealDate, londonMoment, openDaySchema, providerProfileSchema, tidyUkPhone } from './provider-schemas';

describe('providerProfileSchema', () => {
  it('normalises the text number and web address', () => {
    const result = providerProfileSchema.parse({ description: ' We teach. ', supportInfo: '', textNumber: '07700 900 123', website: 'www.cvc.ac.uk' });
    assert.equal(result.description, 'We teach.');
    assert.equal(result.textNumber, '+447700900123');
    assert.equal(result.website, 'https://www.cvc.ac.uk/');
  });

  it('names the field that is wrong', () => {
    const result = providerProfileSchema.safeParse({ description: '', supportInfo: '', textNumber: '123', website: 'nope' });
    assert.equal(result.success, false);
    const fields = result.error?.issues.map((issue) => issue.path[0]);
    assert.deepEqual(fields, ['description', 'textNumber', 'website']);
  });

  it('keeps empty contact details empty', () => {
    const result = providerProfileSchema.parse({ description: 'x', supportInfo: '', textNumber: '', website: '' });
    assert.equal(result.textNumber, null);
    assert.equal(result.website, null);
  });
});

describe('courseDetailsSchema', () => {
  it('reads a ticked box', () => {
    const base = { summary: 'S', entryRequirements: '', method: 'classroom', durationText: '1 year', cost: '' };
    assert.equal(courseDetailsSchema.parse({ ...base, isNoQualificationsNeeded: 'on' }).isNoQualificationsNeeded, true);
    assert.equal(courseDetailsSchema.parse({ ...base, isNoQualificationsNeeded: '' }).isNoQualificationsNeeded, false);
  });
});

describe('courseRunSchema', () => {
  const runId = '3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
  const today = '2027-01-10';
  it('reads places, or none for no limit', () => {
    assert.equal(courseRunSchema(today).parse({ runId, startsOn: '2027-09-06', applyBy: '', places: '20' }).places, 20);
    assert.equal(courseRunSchema(today).parse({ runId, startsOn: '2027-09-06', applyBy: '', places: '' }).places, null);
  });

  it('refuses an apply-by date after the start', () => {
    const result = courseRunSchema(today).safeParse({ runId, startsOn: '2027-09-06', applyBy: '2027-10-01', places: '' });
    assert.equal(result.error?.issues[0]?.path[0], 'applyBy');
  });

  it('refuses a changed start date before today, with the same words as a new one; today itself is fine', () => {
    const past = courseRunSchema(today).safeParse({ runId, startsOn: '2027-01-09', applyBy: '', places: '' });
    assert.equal(past.error?.issues[0]?.message, 'The start date must be today or later');
    assert.equal(past.error?.issues[0]?.path[0], 'startsOn');
    assert.equal(courseRunSchema(today).safeParse({ runId, startsOn: today, applyBy: '', places: '' }).success, true);
  });

  it('knows a real date', () => {
    assert.equal(isRealDate('2027-02-29'), false);
    assert.equal(isRealDate('2028-02-29'), true);
  });
});

describe('open days', () => {
  it('turns London times into moments, in winter and summer', () => {
    assert.equal(londonMoment('2027-01-16', '10:00').toISOString(), '2027-01-16T10:00:00.000Z');
    assert.equal(londonMoment('2027-06-16', '10:00').toISOString(), '2027-06-16T09:00:00.000Z');
  });

  it('refuses a past date and an end before the start', () => {
    const result = openDaySchema('2026-12-02').safeParse({ date: '2026-12-01', startsAt: '13:00', endsAt: '10:00', siteId: '', description: '' });
    assert.deepEqual(
      result.error?.issues.map((issue) => issue.path[0]),
      ['date', 'endsAt'],
    );
    const times = openDaySchema('2026-12-02').safeParse({ date: '2027-01-16', startsAt: '13:00', endsAt: '10:00', siteId: '', description: '' });
    assert.equal(times.error?.issues[0]?.message, 'The end time must be after the start time');
  });
});

describe('tidyUkPhone', () => {
  it('takes a UK landline or mobile, as typed with tidy spaces', () => {
    assert.equal(tidyUkPhone('01422 123456'), '01422 123456');
    assert.equal(tidyUkPhone(' 01632   960100 '), '01632 960100');
    assert.equal(tidyUkPhone('020 7946 0000'), '020 7946 0000');
    assert.equal(tidyUkPhone('+44 1422 123456'), '+44 1422 123456');
    assert.equal(tidyUkPhone('07700 900123'), '07700 900123');
    assert.equal(tidyUkPhone('(01422) 123-456'), '(01422) 123-456');
  });

  it('refuses what is not a UK phone number', () => {
    for (const typed of ['12', 'call us', '01422 12345 678 9', '+33 1 23 45 67 89', '1422123456', '00000 000000']) {
      assert.equal(tidyUkPhone(typed), null, typed);
    }
  });
});
