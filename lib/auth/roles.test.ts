import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRole, ROLE_HOME, ROLES, safeNextPath } from './roles';

describe('roles', () => {
  it('every role has a home page', () => {
    for (const role of ROLES) assert.match(ROLE_HOME[role], /^\/[a-z]+$/);
    assert.equal(isRole('adviser'), true);
    assert.equal(isRole('admin'), false);
  });
});

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    assert.equal(safeNextPath('/cv'), '/cv');
    assert.equal(safeNextPath('/courses?q=hair'), '/courses?q=hair');
  });

  it('refuses anything that could leave the site', () => {
    for (const value of ['//evil.example', 'https://evil.example', '/\\evil.example', 'cv', '', undefined, 42]) {
      assert.equal(safeNextPath(value), null, String(value));
    }
  });
});
