import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { employerDetailsSchema } from './employer-details';

describe('employerDetailsSchema', () => {
  it('tidies the name and postcode and keeps the words', () => {
    const result = employerDetailsSchema.parse({ name: ' Hebden Bakery ', summary: ' We bake bread. ', postcode: 'hx7 8aa' });
    assert.deepEqual(result, { name: 'Hebden Bakery', summary: 'We bake bread.', postcode: 'HX7 8AA' });
  });

  it('allows no words about the employer', () => {
    assert.equal(employerDetailsSchema.parse({ name: 'Bakery', summary: '', postcode: 'HX1 2SP' }).summary, '');
  });

  it('names each problem', () => {
    const result = employerDetailsSchema.safeParse({ name: '  ', summary: 'x'.repeat(601), postcode: 'HX1' });
    assert.equal(result.success, false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    assert.equal(messages.name, 'Enter the name of the business or organisation');
    assert.equal(messages.summary, 'Keep it to 600 letters or fewer');
    assert.equal(messages.postcode, 'Enter the full postcode of the workplace, like HX1 2SP');
  });

  it('refuses words the vacancy check would flag, naming them', () => {
    const result = employerDetailsSchema.safeParse({ name: 'Bakery', summary: 'A young and energetic team. Cash in hand.', postcode: 'HX1 2SP' });
    assert.equal(result.success, false);
    assert.match(result.error!.issues[0]!.message, /“young and energetic”, “cash in hand”/);
  });
});
