import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { portfolioItemSchema } from './schemas';

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
