/**
 * Response headers for every page. The content security policy lets the browser load nothing from any
 * other site (no third-party requests, by rule and by browser enforcement). Scripts and styles keep
 * 'unsafe-inline' because Next's App Router writes inline scripts; moving to per-request nonces would make
 * every page dynamic, which costs the static pages their speed (docs/decisions/004-security-headers.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
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
  'upgrade-insecure-requests',
].join('; ');

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
  '/api/adviser/young-people/:id/cv-media/:mediaId',
  '/api/family/:id/cv-media/:mediaId',
] as const;

export function securityHeaders({ isHttps, isDev = false }: { isHttps: boolean; isDev?: boolean }): { key: string; value: string }[] {
  let policy = isHttps ? CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY.replace('; upgrade-insecure-requests', '');
  // `next dev` (only) evaluates code for fast refresh.
  if (isDev) policy = policy.replace("script-src 'self' 'unsafe-inline'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
  const headers = [
    { key: 'Content-Security-Policy', value: policy },
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
