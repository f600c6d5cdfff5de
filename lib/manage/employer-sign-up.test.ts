import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { employerSignUpSchema, slugFor } from './employer-sign-up';

describe('employerSignUpSchema', () => {
  it('normalises the postcode and email', () => {
    const result = employerSignUpSchema.parse({ organisationName: ' Hebden Bakery ', postcode: 'hx7 8aa', yourName: 'Sam', email: 'Sam@Bakery.Example ' });
    assert.equal(result.postcode, 'HX7 8AA');
    assert.equal(result.email, 'sam@bakery.example');
  });

  it('names every missing field', () => {
    const result = employerSignUpSchema.safeParse({ organisationName: '', postcode: 'nope', yourName: '', email: 'x' });
    assert.deepEqual(
      result.error?.issues.map((issue) => issue.path[0]),
      ['organisationName', 'postcode', 'yourName', 'email'],
    );
  });
});

describe('slugFor', () => {
  it('makes a plain address part', () => {
    assert.equal(slugFor('Hebden Car Care – Ltd.'), 'hebden-car-care-ltd');
    assert.equal(slugFor('!!!'), 'employer');
  });
});
