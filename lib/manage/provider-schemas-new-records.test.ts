import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COURSE_FIELDS, courseProblemMessage, courseSchema, NEW_COURSE_FIELDS, newCourseRunSchema, newCourseSchema, siteSchema } from './provider-schemas';

const site = { name: 'Main campus', addressLine: '1 Hope Street', town: 'Halifax', postcode: 'hx1 2sp', gettingThere: '' };

describe('siteSchema', () => {
  it('writes the postcode the usual way', () => {
    const parsed = siteSchema.parse(site);
    assert.equal(parsed.postcode, 'HX1 2SP');
  });

  it('refuses half a postcode or something that is not one, with a clear message', () => {
    for (const postcode of ['HX1', 'NOT A CODE', '']) {
      const result = siteSchema.safeParse({ ...site, postcode });
      assert.equal(result.success, false);
      assert.equal(result.error?.issues[0]?.message, 'Enter the full postcode of the site, like HX1 2SP');
    }
  });

  it('needs a name, street and town', () => {
    const result = siteSchema.safeParse({ ...site, name: ' ', addressLine: '', town: '' });
    assert.deepEqual(result.error?.issues.map((issue) => issue.path[0]), ['name', 'addressLine', 'town']);
  });
});

const today = '2027-01-10';
const siteId = '11111111-1111-4111-8111-111111111111';
const categoryId = '22222222-2222-4222-8222-222222222222';
const course = {
  title: 'Plumbing Level 1',
  categoryId,
  level: 'level_1',
  mode: 'full_time',
  ageGroup: 'age_16_19',
  isApprenticeship: '',
  summary: 'Learn to fit pipes.',
  entryRequirements: '',
  isNoQualificationsNeeded: 'on',
  method: 'classroom',
  durationText: '1 year',
  cost: '',
  siteId,
  startsOn: '2027-09-06',
  applyBy: '',
  places: '20',
};

describe('newCourseSchema', () => {
  it('takes a whole new course with its first start date', () => {
    const parsed = newCourseSchema(today).parse(course);
    assert.equal(parsed.title, 'Plumbing Level 1');
    assert.equal(parsed.isNoQualificationsNeeded, true);
    assert.equal(parsed.isApprenticeship, false);
    assert.equal(parsed.applyBy, null);
    assert.equal(parsed.places, 20);
  });

  it('says what is missing, field by field', () => {
    const result = newCourseSchema(today).safeParse({ ...course, title: '', categoryId: '', level: '', siteId: '' });
    const fields = result.error?.issues.map((issue) => issue.path[0]);
    assert.deepEqual(fields, ['title', 'categoryId', 'level', 'siteId']);
  });

  it('refuses a start date in the past, and apply by after the start', () => {
    const past = newCourseSchema(today).safeParse({ ...course, startsOn: '2026-09-06' });
    assert.equal(past.error?.issues[0]?.message, 'The start date must be today or later');
    const late = newCourseSchema(today).safeParse({ ...course, applyBy: '2027-10-01' });
    assert.equal(late.error?.issues[0]?.path[0], 'applyBy');
  });
});

describe('newCourseRunSchema', () => {
  it('takes a site and dates', () => {
    assert.deepEqual(newCourseRunSchema(today).parse({ siteId, startsOn: '2028-01-08', applyBy: '2027-12-01', places: '' }), {
      siteId,
      startsOn: '2028-01-08',
      applyBy: '2027-12-01',
      places: null,
    });
  });

  it('needs a site of the provider', () => {
    assert.equal(newCourseRunSchema(today).safeParse({ siteId: 'main', startsOn: '2028-01-08', applyBy: '', places: '' }).error?.issues[0]?.message, 'Choose where it starts');
  });
});

describe('courseSchema (one schema for a new course and a change)', () => {
  const details = Object.fromEntries(Object.entries(course).filter(([field]) => COURSE_FIELDS.includes(field)));

  it('takes every field of a course, without a start date', () => {
    const parsed = courseSchema.parse({ ...details, title: ' Roofing ', mode: 'part_time', ageGroup: 'age_19_25', isApprenticeship: 'on', level: 'level_2' });
    assert.equal(parsed.title, 'Roofing');
    assert.equal(parsed.mode, 'part_time');
    assert.equal(parsed.ageGroup, 'age_19_25');
    assert.equal(parsed.level, 'level_2');
    assert.equal(parsed.isApprenticeship, true);
    assert.equal(parsed.categoryId, categoryId);
  });

  it('says what is wrong with the name, kind of work, level, mode and ages', () => {
    const result = courseSchema.safeParse({ ...details, title: '', categoryId: 'plumbing', level: 'level_9', mode: 'sometimes', ageGroup: '' });
    assert.deepEqual(
      result.error?.issues.map((issue) => [issue.path[0], issue.message]),
      [
        ['title', 'Enter the name of the course'],
        ['categoryId', 'Choose the kind of work it leads to'],
        ['level', 'Choose the level'],
        ['mode', 'Choose full time or part time'],
        ['ageGroup', 'Choose who it is for'],
      ],
    );
  });

  it('is the new course form less its first start date', () => {
    assert.deepEqual(
      NEW_COURSE_FIELDS.filter((field) => !COURSE_FIELDS.includes(field)),
      ['siteId', 'startsOn', 'applyBy', 'places'],
    );
  });

  it('gives a kind of work the database refused the same message as a missing one', () => {
    assert.equal(courseProblemMessage('categoryId'), 'Choose the kind of work it leads to');
    assert.equal(courseProblemMessage('siteId'), 'Choose where it starts');
  });
});
