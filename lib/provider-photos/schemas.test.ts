import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALT_TEXT_MAX, photoRemovalSchema, providerPhotoSchema } from './schemas';

describe('providerPhotoSchema', () => {
  it('keeps trimmed words about the photo', () => {
    assert.deepEqual(providerPhotoSchema.parse({ altText: '  Students fixing a car engine ' }), { altText: 'Students fixing a car engine' });
  });

  it('needs words, and not too many', () => {
    assert.equal(providerPhotoSchema.safeParse({ altText: '   ' }).success, false);
    assert.equal(providerPhotoSchema.safeParse({ altText: 'a'.repeat(ALT_TEXT_MAX) }).success, true);
    assert.equal(providerPhotoSchema.safeParse({ altText: 'a'.repeat(ALT_TEXT_MAX + 1) }).success, false);
  });
});

describe('photoRemovalSchema', () => {
  it('needs a reason the provider can read', () => {
    assert.equal(photoRemovalSchema.safeParse({ reason: '  ' }).success, false);
    assert.equal(photoRemovalSchema.parse({ reason: ' Shows a student’s face without consent ' }).reason, 'Shows a student’s face without consent');
    assert.equal(photoRemovalSchema.safeParse({ reason: 'x'.repeat(301) }).success, false);
  });
});
