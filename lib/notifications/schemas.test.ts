import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contactChoicesSchema } from './schemas';

describe('contactChoicesSchema', () => {
  it('takes a choice for each kind of message', () => {
    const parsed = contactChoicesSchema.safeParse({ application_updates: 'email', reminders: 'none', job_alerts: 'sms' });
    assert.equal(parsed.success, true);
  });

  it('never lets news about applications be turned off', () => {
    const parsed = contactChoicesSchema.safeParse({ application_updates: 'none', reminders: 'sms', job_alerts: 'sms' });
    assert.equal(parsed.success, false);
  });
});
