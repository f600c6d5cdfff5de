import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answersFromForm, exploreResultIdSchema } from './schemas';

describe('saving explore answers', () => {
  it('reads the posted answers, tidies the postcode and drops anything unknown', () => {
    const form = new FormData();
    form.append('like', 'fixing');
    form.append('like', 'hacking');
    form.append('way', 'team');
    form.append('now', 'none');
    form.append('postcode', 'hx1 2sp');
    assert.deepEqual(answersFromForm(form), { like: ['fixing'], way: ['team'], now: 'none', travel: undefined, postcode: 'HX1 2SP' });
  });

  it('leaves out a postcode that is not one', () => {
    const form = new FormData();
    form.append('postcode', 'Halifax');
    assert.equal(answersFromForm(form).postcode, undefined);
  });

  it('only removes a result by its id', () => {
    assert.equal(exploreResultIdSchema.safeParse({ id: 'not-an-id' }).success, false);
    assert.equal(exploreResultIdSchema.safeParse({ id: '0b9a3f0e-8a57-4a53-9a7e-4f6f0c1d2e3f' }).success, true);
  });
});
