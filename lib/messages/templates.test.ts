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

describe('application texts', () => {
  it('stay short (two texts at most) with long names filled in', () => {
    const long = 'x'.repeat(40);
    for (const name of [
      'applicationSentSms',
      'applicationInterviewSms',
      'applicationOfferSms',
      'applicationUnsuccessfulSms',
    ] as const) {
      const body = renderTemplate(MESSAGE_TEMPLATES[name].body, { title: long, offered_by: 'y'.repeat(25), when: 'Tue 8 Dec, 10:30am' });
      assert.ok(body.length <= 200, `${name} is ${body.length} characters`);
    }
  });

  it('reminders carry a stop link and still fit in two texts (306 characters)', () => {
    const stop_link = `https://nextsteps.calderdale.gov.uk/stop/${'x'.repeat(46)}`;
    for (const name of ['draftReminderSms', 'interviewTomorrowSms', 'offerAwaitingSms'] as const) {
      const body = renderTemplate(MESSAGE_TEMPLATES[name].body, { title: 'x'.repeat(40), when: 'Tue 8 Dec, 10:30am', stop_link });
      assert.ok(body.includes(stop_link), `${name} has no stop link`);
      assert.ok(body.length <= 306, `${name} is ${body.length} characters`);
    }
  });
});

describe('job alert texts', () => {
  it('fit in one text with a real address and stop link filled in', () => {
    const body = renderTemplate(MESSAGE_TEMPLATES.jobAlertSms.body, {
      count: '12 new matches',
      link: 'https://nextsteps.calderdale.gov.uk/my/searches',
      stop_link: `https://nextsteps.calderdale.gov.uk/stop/${'x'.repeat(46)}`,
    });
    assert.ok(body.length <= 230, `${body.length} characters`);
  });
});
