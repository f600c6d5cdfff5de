/**
 * Response headers for every page. The content security policy lets the browser load nothing from any
 * other site (no third-party requests, by rule and by browser enforcement).
 *
 * Pages get a fresh nonce per request from proxy.ts (decision 027): only scripts carrying it run, and
 * 'strict-dynamic' lets those load Next's chunks. Everything proxy.ts skips (the prerendered /offline page,
 * route handlers, build files, icons) keeps the static policy set in next.config.ts, whose
 * 'unsafe-inline' only matters for /offline: a page that shows nobody's data and takes no input.
 * style-src keeps 'unsafe-inline' in both: React `style` attributes cannot carry a nonce.
 */
function policyDirectives(scriptSources: string, { isHttps, isDev }: { isHttps: boolean; isDev: boolean }): string {
  return [
    "default-src 'self'",
    // `next dev` (only) evaluates code for fast refresh.
    `script-src ${scriptSources}${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The policy for a page rendered for one request: scripts run only with this request's nonce. */
export function pageContentSecurityPolicy({ nonce, isHttps, isDev = false }: { nonce: string; isHttps: boolean; isDev?: boolean }): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error('A nonce must be at least 16 base64 characters.');
  return policyDirectives(`'self' 'nonce-${nonce}' 'strict-dynamic'`, { isHttps, isDev });
}

/** The policy for responses proxy.ts does not see (the prerendered /offline page, route handlers, files). */
export function staticContentSecurityPolicy({ isHttps, isDev = false }: { isHttps: boolean; isDev?: boolean }): string {
  return policyDirectives("'self' 'unsafe-inline'", { isHttps, isDev });
}

/** 16 random bytes, base64: a new one for every page request (Web Crypto, so it runs in any runtime). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * For uploaded photos, sound and video: even if one is opened on its own, it runs in a sandbox (a unique
 * origin, no scripts, no forms) and may load nothing. Set by the media routes and, because next.config's
 * headers win over a route's own, by a later rule for the media paths there too.
 */
export const MEDIA_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; frame-ancestors 'none'";

/** The URL patterns (next.config `source`) that serve uploaded media. */
export const MEDIA_PATHS = [
  '/api/media/:id',
  '/api/shared-cv/:token/media/:id',
  '/api/applications/:id/media/:mediaId',
  '/api/stories/:id/media',
  '/api/stories/:id/captions',
  '/api/provider-photos/:id',
  '/api/category-pictures/:id',
  '/api/adviser/young-people/:id/cv-media/:mediaId',
  '/api/family/:id/cv-media/:mediaId',
] as const;

export function securityHeaders({ isHttps, isDev = false }: { isHttps: boolean; isDev?: boolean }): { key: string; value: string }[] {
  const headers = [
    { key: 'Content-Security-Policy', value: staticContentSecurityPolicy({ isHttps, isDev }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // The camera and microphone are for recording CV items and answers on this site only.
    { key: 'Permissions-Policy', value: 'camera=(self), microphone=(self), geolocation=(self), payment=(), usb=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  if (isHttps) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' });
  return headers;
}
