import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { securityHeaders } from './headers';

const byName = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key, h.value]));

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

  it("allows eval only for the development server", () => {
    assert.doesNotMatch(byName(securityHeaders({ isHttps: false }))['Content-Security-Policy']!, /unsafe-eval/);
    assert.match(byName(securityHeaders({ isHttps: false, isDev: true }))['Content-Security-Policy']!, /unsafe-eval/);
  });
});
