// Next 16's proxy (formerly middleware): runs before every page request and gives it a fresh CSP nonce
// (decision 027). Next reads the nonce from the request's Content-Security-Policy header and puts it on its
// own scripts. We have no inline script of our own (settings are applied on the server, in app/layout.tsx);
// one added later must take its nonce from `(await headers()).get('x-nonce')`.
import { type NextRequest, NextResponse } from 'next/server';
import { createNonce, pageContentSecurityPolicy } from './lib/security/headers';

const isHttps = (process.env.AUTH_URL ?? '').startsWith('https://');
const isDev = process.env.NODE_ENV === 'development';

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy({ nonce, isHttps, isDev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Replaces the static policy next.config.ts sets on every path.
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only. Skipped (they keep next.config's static policy): route handlers and uploaded media
      // (/api, which have their own sandbox policy), build files, the service worker, the manifest, icons,
      // fonts and images, and /offline (prerendered, so no nonce; the service worker keeps its copy).
      // Keep in step with PROXY_SKIPS in lib/security/headers.test.ts.
      source:
        '/((?!api/|_next/static/|_next/image|serwist/|sw\\.js|offline$|manifest\\.webmanifest|favicon\\.ico|icon\\.svg|apple-icon\\.png|icons/|images/|fonts/).*)',
      // Next's prefetches of a page's data are not documents: no policy needed, and no nonce to spend.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
