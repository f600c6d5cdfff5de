import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeStopToken, readStopToken, stopLinkSecret } from './stop-token';

const userId = '0b6c1f2e-3d4a-4b5c-8d9e-0f1a2b3c4d5e';

describe('stop tokens', () => {
  it('say who and what, and are short enough for a text', () => {
    const token = makeStopToken({ userId, type: 'job_alerts' }, 'secret');
    assert.ok(token.length <= 46, `${token.length} characters`);
    assert.deepEqual(readStopToken(token, 'secret'), { userId, type: 'job_alerts' });
  });

  it('are refused when changed in any way', () => {
    const token = makeStopToken({ userId, type: 'job_alerts' }, 'secret');
    const other = makeStopToken({ userId: '1b6c1f2e-3d4a-4b5c-8d9e-0f1a2b3c4d5e', type: 'job_alerts' }, 'secret');
    const [payload, signature] = token.split('.') as [string, string];
    const [otherPayload] = other.split('.') as [string, string];
    assert.equal(readStopToken(`${otherPayload}.${signature}`, 'secret'), null);
    assert.equal(readStopToken(`${payload}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`, 'secret'), null);
    assert.equal(readStopToken(token, 'another secret'), null);
    assert.equal(readStopToken('', 'secret'), null);
    assert.equal(readStopToken('not a token', 'secret'), null);
  });

  it('keep the kind of message', () => {
    const token = makeStopToken({ userId, type: 'reminders' }, 'secret');
    assert.equal(readStopToken(token, 'secret')?.type, 'reminders');
  });

  it('need a real secret in a live service', () => {
    assert.throws(() => stopLinkSecret({ SERVICE_ENV: 'live' }), /AUTH_SECRET/);
    assert.equal(stopLinkSecret({ AUTH_SECRET: 'x' }), 'x');
    assert.ok(stopLinkSecret({}).length > 10);
  });
});
