import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { errorList, parseForm } from './form-state';

const schema = z.object({ name: z.string().trim().min(1, 'Enter your name'), age: z.coerce.number().min(13, 'Too young') });

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe('parseForm', () => {
  it('returns parsed data on success', () => {
    assert.deepEqual(parseForm(schema, form({ name: ' Jade ', age: '17' }), ['name', 'age']).data, { name: 'Jade', age: 17 });
  });

  it('returns one message per field and keeps what was typed', () => {
    const { state } = parseForm(schema, form({ name: '', age: '9' }), ['name', 'age']);
    assert.deepEqual(state?.fieldErrors, { name: 'Enter your name', age: 'Too young' });
    assert.deepEqual(state?.values, { name: '', age: '9' });
  });
});

describe('errorList', () => {
  it('puts the form error first', () => {
    assert.deepEqual(errorList({ formError: 'Try later', fieldErrors: { phone: 'Enter a number' } }), [
      { field: '', message: 'Try later' },
      { field: 'phone', message: 'Enter a number' },
    ]);
  });
});
