import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionStepSchema, stepLinkFrom } from './schemas';

const schema = actionStepSchema('2026-12-02');

test('a step with words, a picture, a link and a day', () => {
  const parsed = schema.parse({ text: '  Visit the open day ', picture: 'course', link: 'https://example.org/courses/motor-vehicle', dueOn: '2026-12-09' });
  assert.deepEqual(parsed, { text: 'Visit the open day', picture: 'course', link: { label: 'Open the course', href: '/courses/motor-vehicle' }, dueOn: '2026-12-09' });
});

test('the picture and link are optional', () => {
  const parsed = schema.parse({ text: 'Ring the college', picture: '', link: '', dueOn: '2026-12-02' });
  assert.equal(parsed.picture, null);
  assert.equal(parsed.link, null);
});

test('missing words, a day in the past or a made-up day are refused with plain messages', () => {
  const result = schema.safeParse({ text: ' ', picture: 'nonsense', link: '', dueOn: '2026-12-01' });
  assert.equal(result.success, false);
  const fields = result.error!.issues.map((issue) => issue.path[0]);
  assert.deepEqual(fields.sort(), ['dueOn', 'text']);
  assert.equal(schema.safeParse({ text: 'x', picture: '', link: '', dueOn: '2026-02-30' }).success, false);
});

test('a link must be a course or a job on this site', () => {
  assert.deepEqual(stepLinkFrom('/vacancies/abc-123'), { label: 'Open the job', href: '/vacancies/abc-123' });
  assert.equal(stepLinkFrom('/my/privacy'), 'invalid');
  assert.equal(stepLinkFrom('//evil.example/courses/x'), 'invalid');
  assert.equal(stepLinkFrom('javascript:alert(1)'), 'invalid');
});
