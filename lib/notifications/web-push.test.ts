import assert from 'node:assert/strict';
import { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import webpush from 'web-push';
import { sendWebPush } from './web-push';

// A fake push service on this machine: it keeps what it was sent and answers with the status a test asks for.
type Received = { method: string; path: string; headers: IncomingHttpHeaders; body: Buffer };
const received: Received[] = [];
let answer = 201;
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
    response.writeHead(answer).end();
  });
});
let origin = '';
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const b64url = (buffer: Buffer) => buffer.toString('base64url');

/** A browser's side of a subscription: a real P-256 key pair and a 16-byte auth secret. */
function makeBrowserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { ecdh, p256dh: b64url(ecdh.getPublicKey()), authSecret: randomBytes(16) };
}

/** What the browser does with an aes128gcm push (RFC 8291 and 8188): one record, so one key and nonce. */
function decrypt(body: Buffer, browser: ReturnType<typeof makeBrowserKeys>): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverPublicKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = browser.ecdh.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.ecdh.getPublicKey(), serverPublicKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, browser.authSecret, keyInfo, 32));
  const key = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', key, nonce);
  decipher.setAuthTag(ciphertext.subarray(-16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, -16)), decipher.final()]);
  // The last record ends with a 2 and then zero padding.
  return padded.subarray(0, padded.lastIndexOf(2)).toString('utf8');
}

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:nextsteps@example.gov.uk' };
const message = { title: 'Next Steps', body: 'There are 2 new matches for your saved searches.', path: '/my/searches' };

describe('sending a push with web-push', () => {
  it('encrypts the message for the browser and posts it with a VAPID token, aes128gcm and a TTL', async () => {
    const browser = makeBrowserKeys();
    const endpoint = `${origin}/push/abc123`;
    const result = await sendWebPush({ endpoint, p256dh: browser.p256dh, auth: b64url(browser.authSecret) }, message, vapid, { ttlSeconds: 3600 });
    assert.deepEqual(result, { outcome: 'delivered', status: 201 });
    const request = received.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/push/abc123');
    assert.equal(request.headers['content-encoding'], 'aes128gcm');
    assert.equal(request.headers['content-type'], 'application/octet-stream');
    assert.equal(request.headers.ttl, '3600');

    // Authorization: vapid t=<JWT signed with our private key>, k=<our public key>
    const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(String(request.headers.authorization));
    assert.ok(match, `a VAPID Authorization header, got ${request.headers.authorization}`);
    const [jwt, k] = [match[1]!, match[2]!];
    assert.equal(k, vapid.publicKey);
    const [header, claims, signature] = jwt.split('.') as [string, string, string];
    assert.deepEqual(JSON.parse(Buffer.from(header, 'base64url').toString()), { typ: 'JWT', alg: 'ES256' });
    const claimed = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { aud: string; sub: string; exp: number };
    assert.equal(claimed.aud, origin);
    assert.equal(claimed.sub, vapid.subject);
    assert.ok(claimed.exp > Date.now() / 1000 && claimed.exp <= Date.now() / 1000 + 24 * 3600);
    const raw = Buffer.from(vapid.publicKey, 'base64url');
    const publicKey = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33, 65)) }, format: 'jwk' });
    assert.ok(verify('sha256', Buffer.from(`${header}.${claims}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url')));

    // Only the browser holding the subscription's keys can read it, and it reads our message.
    assert.ok(!request.body.includes(Buffer.from('saved searches')));
    assert.deepEqual(JSON.parse(decrypt(request.body, browser)), message);
  });

  it('asks for high urgency when told to', async () => {
    const browser = makeBrowserKeys();
    await sendWebPush({ endpoint: `${origin}/push/urgent`, p256dh: browser.p256dh, auth: b64url(browser.authSecret) }, message, vapid, {
      ttlSeconds: 600,
      urgency: 'high',
    });
    assert.equal(received.at(-1)!.headers.urgency, 'high');
    assert.equal(received.at(-1)!.headers.ttl, '600');
  });

  it('says a subscription is gone on 404 and 410, and failed on anything else', async () => {
    const browser = makeBrowserKeys();
    const target = { endpoint: `${origin}/push/old`, p256dh: browser.p256dh, auth: b64url(browser.authSecret) };
    for (const [status, outcome] of [[410, 'gone'], [404, 'gone'], [429, 'failed'], [500, 'failed']] as const) {
      answer = status;
      assert.deepEqual(await sendWebPush(target, message, vapid, { ttlSeconds: 60 }), { outcome, status });
    }
    answer = 201;
  });

  it('says failed when the push service cannot be reached', async () => {
    const browser = makeBrowserKeys();
    const target = { endpoint: 'http://127.0.0.1:1/push/nowhere', p256dh: browser.p256dh, auth: b64url(browser.authSecret) };
    assert.deepEqual(await sendWebPush(target, message, vapid, { ttlSeconds: 60 }), { outcome: 'failed', status: null });
  });
});
