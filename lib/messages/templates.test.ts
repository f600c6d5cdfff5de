import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGE_TEMPLATES, renderTemplate } from './templates';

describe('renderTemplate', () => {
  it('fills placeholders', () => {
    assert.match(renderTemplate(MESSAGE_TEMPLATES.signInCodeSms.body, { code: '123456' }), /^123456 is your/);
  });

  it('refuses to send a message with a hole in it', () => {
    assert.throws(() => renderTemplate('Hello ((name))', {}), /Missing personalisation: name/);
  });

  it('keeps text messages to one SMS (160 characters) with a code filled in', () => {
    assert.ok(renderTemplate(MESSAGE_TEMPLATES.signInCodeSms.body, { code: '123456' }).length <= 160);
  });
});
