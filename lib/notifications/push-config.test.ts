import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_VAPID_PUBLIC_KEY, isSafeNotificationPath, pathOnSite, pushConfigFrom } from './push-config';
import { kioskHelpPush, pushMessageFor } from './push-words';
import { describeDevice } from './device-name';
import { contactChoicesSchema, isPushServiceEndpoint, pushSubscriptionSchema } from './schemas';

const keys = {
  VAPID_PUBLIC_KEY: 'BGEVQBOEIyP-9jCO4z8M5QeowDaf_PegucGFNEFc0ZRuE3OWA8lOG_3KsyzO8V0mObUKDDEiYfVT-uXf87VnG78',
  VAPID_PRIVATE_KEY: 'a'.repeat(43),
  VAPID_SUBJECT: 'mailto:nextsteps@example.gov.uk',
};

describe('push set-up from the environment', () => {
  it('without keys: the local outbox outside a live service, and no push at all in a live one', () => {
    assert.deepEqual(pushConfigFrom({}, 'demo'), { mode: 'outbox', publicKey: DEMO_VAPID_PUBLIC_KEY });
    assert.deepEqual(pushConfigFrom({}, 'test'), { mode: 'outbox', publicKey: DEMO_VAPID_PUBLIC_KEY });
    assert.equal(pushConfigFrom({}, 'live'), null);
  });

  it('with keys: web-push, in any environment', () => {
    assert.deepEqual(pushConfigFrom(keys, 'live'), {
      mode: 'web-push',
      publicKey: keys.VAPID_PUBLIC_KEY,
      privateKey: keys.VAPID_PRIVATE_KEY,
      subject: keys.VAPID_SUBJECT,
    });
  });

  it('refuses half a set-up rather than quietly not pushing', () => {
    assert.throws(() => pushConfigFrom({ VAPID_PUBLIC_KEY: keys.VAPID_PUBLIC_KEY }, 'live'), /both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY/);
    assert.throws(() => pushConfigFrom({ ...keys, VAPID_SUBJECT: 'nextsteps@example.gov.uk' }, 'live'), /VAPID_SUBJECT/);
    assert.throws(() => pushConfigFrom({ ...keys, VAPID_PRIVATE_KEY: 'short' }, 'live'), /base64url/);
  });
});

describe('what a push says', () => {
  const siteOrigin = 'https://nextsteps.example.gov.uk';

  it('names no course or employer, and opens the page for that news', () => {
    const push = pushMessageFor({
      type: 'application_updates',
      template: 'applicationOfferSms',
      personalisation: { title: 'Level 2 Plumbing', offered_by: 'Calder Valley College' },
      siteOrigin,
    });
    assert.deepEqual(push, { title: 'Next Steps', body: 'Good news! You have an offer. Tap to say yes or no.', path: '/applications' });
    assert.ok(!JSON.stringify(push).includes('Plumbing') && !JSON.stringify(push).includes('Calder'));
  });

  it('opens the message’s own link when it is on this site, and says a job alert’s count', () => {
    const alert = pushMessageFor({ type: 'job_alerts', template: 'jobAlertSms', personalisation: { count: '2 new matches', link: `${siteOrigin}/my/searches` }, siteOrigin });
    assert.deepEqual(alert, { title: 'Next Steps', body: 'There are 2 new matches for your saved searches.', path: '/my/searches' });
    const step = pushMessageFor({ type: 'reminders', template: 'stepDueTomorrowSms', personalisation: { step: 'Ring the job centre', link: `${siteOrigin}/my/plan/abc` }, siteOrigin });
    assert.equal(step.path, '/my/plan/abc');
    assert.ok(!step.body.includes('job centre'));
    assert.equal(pathOnSite('https://evil.example/x', siteOrigin, '/my'), '/my');
    assert.equal(pathOnSite('not a link', siteOrigin, '/my'), '/my');
  });

  it('tells advisers which kiosk wants help', () => {
    assert.deepEqual(kioskHelpPush('PC 3', 'Halifax Youth Hub'), {
      title: 'Next Steps: kiosk help',
      body: 'Someone at PC 3 in Halifax Youth Hub wants help.',
      path: '/adviser',
    });
  });

  it('opens only a page on this site', () => {
    assert.equal(isSafeNotificationPath('/my/searches'), true);
    for (const path of ['//evil.example', 'https://evil.example', '/\\evil.example', 42, null]) assert.equal(isSafeNotificationPath(path), false);
  });
});

describe('a browser’s push subscription', () => {
  const p256dh = 'B' + 'A'.repeat(86);
  const auth = 'A'.repeat(22);

  it('is taken from a known push service over https', () => {
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/abc:def',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
      'https://web.push.apple.com/QGuQ',
      'https://wns2-db5p.notify.windows.com/w/?token=x',
    ]) {
      assert.equal(pushSubscriptionSchema.safeParse({ endpoint, keys: { p256dh, auth } }).success, true, endpoint);
    }
  });

  it('is refused when the server would be posting somewhere else', () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://127.0.0.1/push',
      'https://fcm.googleapis.com.evil.example/x',
      'https://evilfcm.googleapis.com@169.254.169.254/',
      'https://fcm.googleapis.com:8443/x',
      'https://localhost/x',
    ]) {
      assert.equal(isPushServiceEndpoint(endpoint), false, endpoint);
    }
    assert.equal(pushSubscriptionSchema.safeParse({ endpoint: 'https://fcm.googleapis.com/x', keys: { p256dh: 'short', auth } }).success, false);
  });

  it('can be chosen for news about applications, which still cannot be turned off', () => {
    assert.equal(contactChoicesSchema.safeParse({ application_updates: 'push', reminders: 'push', job_alerts: 'none' }).success, true);
    assert.equal(contactChoicesSchema.safeParse({ application_updates: 'none', reminders: 'push', job_alerts: 'push' }).success, false);
  });
});

describe('the name kept for a browser', () => {
  it('says the browser and system, never the whole user agent', () => {
    const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
    assert.equal(describeDevice(android), 'Chrome on Android');
    assert.equal(describeDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'), 'Safari on iPhone or iPad');
    assert.equal(describeDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0'), 'Edge on Windows');
    assert.equal(describeDevice('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'), 'Firefox on Linux');
    assert.equal(describeDevice(null), 'A browser on a computer');
  });
});
