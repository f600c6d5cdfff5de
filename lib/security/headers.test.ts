import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { config } from '../../proxy';
import { createNonce, pageContentSecurityPolicy, securityHeaders, staticContentSecurityPolicy } from './headers';

const byName = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key, h.value]));
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('securityHeaders', () => {
  it('lets nothing load from another site and nothing frame us', () => {
    const csp = byName(securityHeaders({ isHttps: true }))['Content-Security-Policy']!;
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /https?:\/\//);
  });

  it('sends HSTS and upgrades only over HTTPS (so the demo works on http://localhost)', () => {
    assert.ok(byName(securityHeaders({ isHttps: true }))['Strict-Transport-Security']);
    assert.match(byName(securityHeaders({ isHttps: true }))['Content-Security-Policy']!, /upgrade-insecure-requests/);
    const plain = byName(securityHeaders({ isHttps: false }));
    assert.equal(plain['Strict-Transport-Security'], undefined);
    assert.doesNotMatch(plain['Content-Security-Policy']!, /upgrade-insecure-requests/);
  });

  it('allows eval only for the development server', () => {
    assert.doesNotMatch(byName(securityHeaders({ isHttps: false }))['Content-Security-Policy']!, /unsafe-eval/);
    assert.match(byName(securityHeaders({ isHttps: false, isDev: true }))['Content-Security-Policy']!, /unsafe-eval/);
    assert.match(pageContentSecurityPolicy({ nonce: createNonce(), isHttps: false, isDev: true }), /unsafe-eval/);
  });
});

describe('pageContentSecurityPolicy', () => {
  const nonce = 'AAAAAAAAAAAAAAAAAAAAAA==';

  it('runs only scripts with the nonce (and what they load), never inline ones without it', () => {
    const policy = pageContentSecurityPolicy({ nonce, isHttps: true });
    assert.equal(directive(policy, 'script-src'), `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    assert.doesNotMatch(directive(policy, 'script-src')!, /unsafe-inline|unsafe-eval/);
  });

  it('keeps every other rule of the static policy', () => {
    for (const isHttps of [true, false]) {
      const withoutScripts = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('script-src'));
      assert.deepEqual(
        withoutScripts(pageContentSecurityPolicy({ nonce, isHttps })),
        withoutScripts(staticContentSecurityPolicy({ isHttps })),
      );
    }
    const policy = pageContentSecurityPolicy({ nonce, isHttps: true });
    for (const rule of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "style-src 'self' 'unsafe-inline'"]) {
      assert.ok(policy.includes(rule), rule);
    }
  });

  it('refuses a nonce that could break out of the header or be guessed', () => {
    for (const bad of ['', 'short', "abc' 'unsafe-inline", 'AAAAAAAAAAAAAAAA; script-src *', 'AAAAAAAAAAAAAAAA\r\nX: y']) {
      assert.throws(() => pageContentSecurityPolicy({ nonce: bad, isHttps: true }), bad);
    }
  });
});

describe('createNonce', () => {
  it('is 16 random bytes in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    assert.equal(nonces.size, 1000);
    for (const nonce of nonces) {
      assert.equal(Buffer.from(nonce, 'base64').length, 16);
      assert.doesNotThrow(() => pageContentSecurityPolicy({ nonce, isHttps: true }));
    }
  });
});

describe('the proxy matcher', () => {
  // Next compiles `source` with path-to-regexp; this pattern is one group of plain regular expression.
  const source = config.matcher[0]!.source;
  const matches = (path: string) => new RegExp(`^${source}$`).test(path);
  const PAGES = ['/', '/vacancies', '/courses/some-course', '/my/settings', '/offline-help', '/kiosk', '/cv/my-cv/pdf'];
  const PROXY_SKIPS = [
    '/offline',
    '/api/media/1',
    '/api/health',
    '/_next/static/chunks/a.js',
    '/_next/image',
    '/serwist/sw.js',
    '/sw.js',
    '/manifest.webmanifest',
    '/favicon.ico',
    '/icon.svg',
    '/apple-icon.png',
    '/icons/icon-192.png',
    '/images/categories/care.svg',
    '/fonts/opendyslexic-latin-400-normal.woff2',
  ];

  it('gives every page a nonce', () => {
    for (const path of PAGES) assert.ok(matches(path), path);
  });

  it('skips route handlers, media, build files, icons, the manifest, the service worker and /offline', () => {
    for (const path of PROXY_SKIPS) assert.ok(!matches(path), path);
  });
});
