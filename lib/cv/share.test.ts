import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeShareLink, isShareTokenShape, shareLinkExpiry, shareLinkState } from './share';

const now = new Date('2026-12-01T12:00:00Z');

describe('shareLinkExpiry', () => {
  it('lasts 30 days by default', () => {
    assert.equal(shareLinkExpiry(now).toISOString(), '2026-12-31T12:00:00.000Z');
    assert.equal(shareLinkExpiry(now, 7).toISOString(), '2026-12-08T12:00:00.000Z');
  });
});

describe('shareLinkState', () => {
  const expiresAt = shareLinkExpiry(now);

  it('works before it expires', () => {
    assert.equal(shareLinkState({ expiresAt, revokedAt: null }, now), 'active');
    assert.equal(shareLinkState({ expiresAt, revokedAt: null }, new Date(expiresAt.getTime() - 1)), 'active');
  });

  it('stops at the moment it expires', () => {
    assert.equal(shareLinkState({ expiresAt, revokedAt: null }, expiresAt), 'expired');
    assert.equal(shareLinkState({ expiresAt, revokedAt: null }, new Date(expiresAt.getTime() + 1)), 'expired');
  });

  it('stops as soon as it is revoked, even with days left', () => {
    assert.equal(shareLinkState({ expiresAt, revokedAt: now }, now), 'revoked');
  });

  it('says so in plain words', () => {
    assert.equal(describeShareLink({ expiresAt, revokedAt: null }, now), 'Works until 31 December 2026');
    assert.equal(describeShareLink({ expiresAt, revokedAt: now }, now), 'Stopped on 1 December 2026');
  });
});

describe('isShareTokenShape', () => {
  it('accepts only 43 URL-safe characters', () => {
    assert.equal(isShareTokenShape('a'.repeat(43)), true);
    assert.equal(isShareTokenShape('a'.repeat(42)), false);
    assert.equal(isShareTokenShape(`${'a'.repeat(42)}/`), false);
  });
});
