import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { errorList, formText, formValues, parseForm } from './form-state';

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

describe('formValues and formText', () => {
  it('take out the null byte and other control characters (PostgreSQL refuses a null byte in text), keeping lines and tabs', () => {
    const form = new FormData();
    form.set('title', 'care\u0000work\u0001\u001b[31m');
    form.set('body', 'line one\r\nline\ttwo \u202Egnp.exe');
    form.set('file', new Blob(['x']), 'x.txt');
    assert.deepEqual(formValues(form, ['title', 'body', 'missing']), { title: 'carework[31m', body: 'line one\r\nline\ttwo gnp.exe', missing: '' });
    assert.equal(formText(form, 'file'), '');
  });

  it('give the schema clean text, so a form with a null byte is saved instead of failing', () => {
    const form = new FormData();
    form.set('name', 'Ada\u0000');
    assert.deepEqual(parseForm(z.object({ name: z.string().min(1) }), form, ['name']), { data: { name: 'Ada' } });
  });
});
