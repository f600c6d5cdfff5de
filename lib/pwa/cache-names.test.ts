import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPublicPagePath } from './cache-names';

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
