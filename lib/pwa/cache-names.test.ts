import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isCvPagePath,
  isPersonalCacheName,
  isPublicPagePath,
  isSavedPagePath,
  KEEP_PAGE_OFFLINE,
  KEEP_SAVED_OFFLINE,
  parseKeepPageOffline,
  parseKeepSavedOffline,
  personalCacheName,
} from './cache-names';

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

describe('parseKeepPageOffline', () => {
  const ownerKey = 'b'.repeat(32);
  const item = '/cv/items/5f0c6c7e-8a4e-4a47-9a55-3f6b1c2d9e10';

  it('keeps the CV pages, with the item list from /cv only', () => {
    assert.deepEqual(parseKeepPageOffline({ type: KEEP_PAGE_OFFLINE, ownerKey, path: '/cv', itemPaths: [item, '/my', '/cv/share'] }), {
      type: KEEP_PAGE_OFFLINE,
      ownerKey,
      path: '/cv',
      itemPaths: [item],
    });
    assert.deepEqual(parseKeepPageOffline({ type: KEEP_PAGE_OFFLINE, ownerKey, path: item, itemPaths: [item] }), {
      type: KEEP_PAGE_OFFLINE,
      ownerKey,
      path: item,
      itemPaths: null,
    });
    assert.equal(parseKeepPageOffline({ type: KEEP_PAGE_OFFLINE, ownerKey, path: '/cv/my-cv' })?.path, '/cv/my-cv');
  });

  it('refuses any other page, a bad key or another message', () => {
    for (const path of ['/cv/share', '/cv/add', '/cv/build', '/my', '/applications', '/cv/items/1', '/cv/my-cv/pdf', '/cvx']) {
      assert.equal(parseKeepPageOffline({ type: KEEP_PAGE_OFFLINE, ownerKey, path }), null, path);
    }
    assert.equal(parseKeepPageOffline({ type: KEEP_PAGE_OFFLINE, ownerKey: 'Not-a-key', path: '/cv' }), null);
    assert.equal(parseKeepPageOffline({ type: KEEP_SAVED_OFFLINE, ownerKey, path: '/cv' }), null);
    assert.equal(parseKeepPageOffline(null), null);
  });

  it('tells CV pages and saved pages apart', () => {
    assert.equal(isCvPagePath('/cv/items/5f0c6c7e-8a4e-4a47-9a55-3f6b1c2d9e10'), true);
    assert.equal(isSavedPagePath('/cv'), false);
    assert.equal(isSavedPagePath('/courses/hairdressing-level-2'), true);
  });
});
