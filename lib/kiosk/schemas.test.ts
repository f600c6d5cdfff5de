import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kioskPathFrom, sendToPhoneSchema } from './schemas';

describe('kioskPathFrom', () => {
  it('keeps paths on this site only', () => {
    assert.equal(kioskPathFrom('/vacancies/abc?x=1'), '/vacancies/abc?x=1');
    assert.equal(kioskPathFrom('//evil.example'), '/');
    assert.equal(kioskPathFrom('https://evil.example'), '/');
    assert.equal(kioskPathFrom(undefined), '/');
  });
});

describe('sendToPhoneSchema', () => {
  it('turns a typed number into E.164', () => {
    const result = sendToPhoneSchema.safeParse({ phone: '07700 900 555', path: '/courses' });
    assert.deepEqual(result.success && result.data, { phone: '+447700900555', path: '/courses' });
  });
});
