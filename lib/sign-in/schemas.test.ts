import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  codeSchema,
  emailSignInSchema,
  formatUkMobile,
  maskUkMobile,
  normaliseUkMobile,
  PHONE_MESSAGE,
  phoneSignInSchema,
} from './schemas';

describe('normaliseUkMobile', () => {
  it('accepts the ways people write a UK mobile number', () => {
    for (const input of ['07700 900123', '07700900123', '+44 7700 900123', '0044 7700 900 123', ' 07700-900-123 ']) {
      assert.equal(normaliseUkMobile(input), '+447700900123', input);
    }
  });

  it('refuses landlines, foreign numbers, short numbers and words', () => {
    for (const input of ['01422 123456', '+33 6 12 34 56 78', '07700', 'my number', '']) {
      assert.equal(normaliseUkMobile(input), null, input);
    }
  });
});

describe('phone formatting', () => {
  it('formats and masks for display', () => {
    assert.equal(formatUkMobile('+447700900123'), '07700 900123');
    assert.equal(maskUkMobile('+447700900123'), '07••• •••123');
  });
});

describe('phoneSignInSchema', () => {
  it('returns E.164 on success and the GOV.UK-style message on failure', () => {
    assert.deepEqual(phoneSignInSchema.parse({ phone: '07700 900123' }), { phone: '+447700900123' });
    const result = phoneSignInSchema.safeParse({ phone: '123' });
    assert.equal(result.success, false);
    assert.equal(result.error?.issues[0]?.message, PHONE_MESSAGE);
    assert.equal(phoneSignInSchema.safeParse({}).error?.issues[0]?.message, PHONE_MESSAGE);
  });
});

describe('emailSignInSchema', () => {
  it('trims and lower-cases, and refuses non-addresses', () => {
    assert.deepEqual(emailSignInSchema.parse({ email: '  Adviser@Calderdale.Example ' }), {
      email: 'adviser@calderdale.example',
    });
    assert.equal(emailSignInSchema.safeParse({ email: 'not an email' }).success, false);
  });
});

describe('codeSchema', () => {
  it('accepts six digits with spaces and refuses anything else', () => {
    assert.deepEqual(codeSchema.parse({ code: '123 456' }), { code: '123456' });
    for (const code of ['12345', '1234567', 'abcdef', '']) {
      assert.equal(codeSchema.safeParse({ code }).success, false, code);
    }
  });
});
