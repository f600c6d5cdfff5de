import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEnrolmentLinkLive, kioskTimingsFrom, readKioskMarker } from './config';
import { generateKioskToken, hashKioskToken, isKioskTokenShaped } from './tokens';

describe('kioskTimingsFrom', () => {
  it('is 2 minutes then 30 seconds by default', () => {
    assert.deepEqual(kioskTimingsFrom({}), { idleSeconds: 120, warningSeconds: 30 });
  });

  it('never gives less than 20 seconds to answer the warning', () => {
    assert.equal(kioskTimingsFrom({ KIOSK_WARNING_SECONDS: '5' }).warningSeconds, 30);
    assert.equal(kioskTimingsFrom({ KIOSK_WARNING_SECONDS: '20' }).warningSeconds, 20);
    assert.equal(kioskTimingsFrom({ KIOSK_IDLE_SECONDS: '300' }).idleSeconds, 300);
  });
});

describe('readKioskMarker', () => {
  it('finds the centre name among other cookies', () => {
    assert.deepEqual(readKioskMarker('a=1; ns_kiosk_on=Halifax%20Youth%20Hub; b=2'), { centreName: 'Halifax Youth Hub' });
    assert.equal(readKioskMarker('a=1; b=2'), null);
  });
});

describe('enrolment links', () => {
  it('work for a day', () => {
    const made = new Date('2026-12-01T10:00:00Z');
    assert.equal(isEnrolmentLinkLive(made, new Date('2026-12-02T09:59:00Z')), true);
    assert.equal(isEnrolmentLinkLive(made, new Date('2026-12-02T10:00:00Z')), false);
  });

  it('tokens are long, random and stored only as a hash', () => {
    const token = generateKioskToken();
    assert.equal(isKioskTokenShaped(token), true);
    assert.notEqual(generateKioskToken(), token);
    assert.match(hashKioskToken(token), /^[0-9a-f]{64}$/);
    assert.equal(isKioskTokenShaped('short'), false);
  });
});
