import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPersonalCacheName, isPublicPagePath, KEEP_SAVED_OFFLINE, parseKeepSavedOffline, personalCacheName } from './cache-names';

describe('isPublicPagePath', () => {
  it('lets the service worker keep public pages', () => {
    for (const path of ['/', '/categories', '/categories/construction', '/courses/hairdressing-level-2', '/offline']) {
      assert.equal(isPublicPagePath(path), true, path);
    }
  });

  it('never keeps personal or staff pages', () => {
    for (const path of ['/my', '/adviser', '/admin', '/provider', '/employer', '/sign-in/code', '/outbox', '/cv', '/categoriesx']) {
      assert.equal(isPublicPagePath(path), false, path);
    }
  });
});

describe('parseKeepSavedOffline', () => {
  const ownerKey = 'a'.repeat(32);
  const vacancy = '/vacancies/5f0c6c7e-8a4e-4a47-9a55-3f6b1c2d9e10';

  it('keeps course and vacancy pages under a well-formed key', () => {
    assert.deepEqual(parseKeepSavedOffline({ type: KEEP_SAVED_OFFLINE, ownerKey, paths: ['/courses/hairdressing-level-2', vacancy, vacancy] }), {
      type: KEEP_SAVED_OFFLINE,
      ownerKey,
      paths: ['/courses/hairdressing-level-2', vacancy],
    });
  });

  it('never lets a personal page or another site into the cache', () => {
    const parsed = parseKeepSavedOffline({
      type: KEEP_SAVED_OFFLINE,
      ownerKey,
      paths: ['/my', '/cv', '/applications/5f0c6c7e-8a4e-4a47-9a55-3f6b1c2d9e10', 'https://example.com/courses/x', '/courses/x?y=1', 42],
    });
    assert.deepEqual(parsed?.paths, []);
  });

  it('refuses a message with no key, a key that could name a cache it should not, or another type', () => {
    assert.equal(parseKeepSavedOffline({ type: KEEP_SAVED_OFFLINE, paths: [] }), null);
    assert.equal(parseKeepSavedOffline({ type: KEEP_SAVED_OFFLINE, ownerKey: '../pages', paths: [] }), null);
    assert.equal(parseKeepSavedOffline({ type: 'CACHE_URLS', ownerKey, paths: [] }), null);
    assert.equal(parseKeepSavedOffline(null), null);
  });

  it('names caches by the opaque key', () => {
    assert.equal(personalCacheName(ownerKey), `saved-for-${ownerKey}`);
    assert.equal(isPersonalCacheName(personalCacheName(ownerKey)), true);
    assert.equal(isPersonalCacheName('pages'), false);
  });
});
