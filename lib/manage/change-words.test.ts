import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeChangeLine, describeFieldsChanged, fieldWords, listWords } from './change-words';

describe('describeChangeLine', () => {
  it('says who changed which fields of which record', () => {
    const line = describeChangeLine({
      by: 'Sam Jones',
      entityType: 'course_run',
      entityName: 'Plumbing Level 1',
      summary: 'Changed startsOn',
      changes: { startsOn: { from: '2027-09-06', to: '2027-09-13' } },
    });
    assert.equal(line, 'Sam Jones changed the start date of Plumbing Level 1');
  });

  it('joins several fields with "and"', () => {
    const changes = { summary: { from: 'a', to: 'b' }, cost: { from: '', to: 'Free' }, places: { from: 1, to: 2 } };
    assert.equal(
      describeChangeLine({ by: 'Sam Jones', entityType: 'course', entityName: 'Plumbing', summary: 'Changed summary, cost, places', changes }),
      'Sam Jones changed what the course is, the cost and the number of places of Plumbing',
    );
  });

  it('uses the summary for anything that is not an edit, and names the record once', () => {
    assert.equal(
      describeChangeLine({ by: 'Sam Jones', entityType: 'site', entityName: 'Main campus', summary: 'Added a site: Main campus', changes: {} }),
      'Sam Jones added a site: Main campus',
    );
    assert.equal(
      describeChangeLine({ by: 'Sam Jones', entityType: 'course', entityName: 'Plumbing', summary: 'Checked, still correct', changes: {} }),
      'Sam Jones checked, still correct (Plumbing)',
    );
  });

  it('says "Someone" and "a course" when the person or the name is gone', () => {
    assert.equal(
      describeChangeLine({ by: null, entityType: 'course', entityName: null, summary: 'Changed cost', changes: { cost: { from: '', to: 'Free' } } }),
      'Someone changed the cost of a course',
    );
  });
});

describe('fieldWords and listWords', () => {
  it('falls back to the field name spaced out', () => {
    assert.equal(fieldWords('startsOn'), 'the start date');
    assert.equal(fieldWords('somethingNew'), 'something new');
  });

  it('lists in plain English', () => {
    assert.equal(listWords([]), '');
    assert.equal(listWords(['a']), 'a');
    assert.equal(listWords(['a', 'b', 'c']), 'a, b and c');
  });
});

describe('a council change to a provider', () => {
  it('says what a provider’s own fields are, not a course’s', () => {
    assert.equal(fieldWords('summary', 'provider'), 'the one-line summary');
    assert.equal(fieldWords('summary', 'course'), 'what the course is');
    assert.equal(fieldWords('website', 'provider'), 'the website');
  });

  it('keeps a summary that reads on its own, and the log line names the person', () => {
    const summary = describeFieldsChanged(['name', 'website', 'phone'], 'provider', 'Calder College');
    assert.equal(summary, 'Changed the name, the website and the phone number of Calder College');
    const changes = { name: { from: 'Calder Valley College', to: 'Calder College' }, website: { from: null, to: 'https://calder.ac.uk/' } };
    assert.equal(
      describeChangeLine({ by: 'Fay Admin', entityType: 'provider', entityName: 'Calder College', summary, changes }),
      'Fay Admin changed the name and the website of Calder College',
    );
  });
});

describe('a provider’s own vacancy', () => {
  it('uses the vacancy form’s words', () => {
    const changes = { summary: { from: 'a', to: 'b' }, closesOn: { from: '2027-01-01', to: '2027-02-01' }, status: { from: 'live', to: 'closed' } };
    assert.equal(
      describeChangeLine({ by: 'Sam Jones', entityType: 'vacancy', entityName: 'Bricklaying taster', summary: 'Changed summary, closesOn, status', changes }),
      'Sam Jones changed what it is, the closing date and the status of Bricklaying taster',
    );
    assert.equal(describeChangeLine({ by: 'Sam Jones', entityType: 'vacancy', entityName: 'Bricklaying taster', summary: 'Posted a vacancy: Bricklaying taster', changes: {} }), 'Sam Jones posted a vacancy: Bricklaying taster');
  });
});
