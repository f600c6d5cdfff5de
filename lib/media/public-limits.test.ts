import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { networkOf, publicMediaLimitFrom, tooManyMediaRequests } from './public-limits';

describe('public media limit', () => {
  it('is 3,000 in 10 minutes unless PUBLIC_MEDIA_PER_NETWORK says otherwise', () => {
    assert.deepEqual(publicMediaLimitFrom({}), { limit: 3000, windowSeconds: 600 });
    assert.equal(publicMediaLimitFrom({ PUBLIC_MEDIA_PER_NETWORK: '100000' }).limit, 100000);
    assert.equal(publicMediaLimitFrom({ PUBLIC_MEDIA_PER_NETWORK: '0' }).limit, 3000);
    assert.equal(publicMediaLimitFrom({ PUBLIC_MEDIA_PER_NETWORK: 'lots' }).limit, 3000);
  });

  it('keys by the first forwarded address, and never by anything odd', () => {
    assert.equal(networkOf(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' })), '203.0.113.7');
    assert.equal(networkOf(new Headers({ 'x-forwarded-for': '2001:DB8::1' })), '2001:db8::1');
    assert.equal(networkOf(new Headers()), 'direct');
    assert.equal(networkOf(new Headers({ 'x-forwarded-for': 'x'.repeat(500) })), 'direct');
    assert.equal(networkOf(new Headers({ 'x-forwarded-for': "1.2.3.4'; drop table users" })), 'direct');
  });

  it('answers 429 with Retry-After', () => {
    const response = tooManyMediaRequests(42);
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '42');
  });
});
