import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { portfolioItemSchema, staffTranscriptSchema } from './schemas';

const schema = portfolioItemSchema('2026-12-01', ['teamwork', 'using-tools']);
const base = { section: 'things_i_have_done', title: ' Fixed a bike ', body: '', happenedOn: '', place: '', grade: '', skills: [], visibility: '', mediaId: '', transcript: '' };

describe('portfolioItemSchema', () => {
  it('trims, keeps known skills once, and is private by default', () => {
    const result = schema.parse({ ...base, skills: ['teamwork', 'teamwork', 'hacking'] });
    assert.equal(result.title, 'Fixed a bike');
    assert.deepEqual(result.skills, ['teamwork']);
    assert.equal(result.visibility, 'private');
  });

  it('needs a title', () => {
    const result = schema.safeParse({ ...base, title: '  ' });
    assert.equal(result.success, false);
    assert.equal(result.error?.issues[0]?.message, 'Give it a short title');
  });

  it('refuses dates in the future or that do not exist', () => {
    assert.equal(schema.safeParse({ ...base, happenedOn: '2026-12-02' }).success, false);
    assert.equal(schema.safeParse({ ...base, happenedOn: '2026-02-30' }).success, false);
    assert.equal(schema.safeParse({ ...base, happenedOn: '2026-12-01' }).success, true);
  });

  it('drops a media id that is not a uuid', () => {
    assert.equal(schema.parse({ ...base, mediaId: '../x' }).mediaId, '');
  });
});

describe('staffTranscriptSchema', () => {
  const ids = { youngPersonId: '6f1c8a52-4b7e-4c1a-9d3e-2a5b6c7d8e9f', mediaId: '7a2d9b63-5c8f-4d2b-8e4f-3b6c7d8e9f0a' };
  it('trims the words and needs some', () => {
    assert.equal(staffTranscriptSchema.parse({ ...ids, transcript: '  I fixed it.  ' }).transcript, 'I fixed it.');
    const empty = staffTranscriptSchema.safeParse({ ...ids, transcript: '   ' });
    assert.equal(empty.success, false);
    assert.equal(empty.error?.issues[0]?.message, 'Write the words they say');
  });
  it('refuses ids that are not ids', () => {
    assert.equal(staffTranscriptSchema.safeParse({ ...ids, mediaId: 'x', transcript: 'Hi' }).success, false);
  });
});
