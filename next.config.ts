import type { NextConfig } from 'next';
import { MEDIA_CONTENT_SECURITY_POLICY, MEDIA_PATHS, securityHeaders } from './lib/security/headers';

const nextConfig: NextConfig = {
  // A separate build directory lets a second build (benchmarks, a helper's check) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite loads its WebAssembly and extensions from its own package files; bundling it breaks that.
  // sharp loads its native libvips binary from its own package files, like PGlite's WebAssembly.
  // pdfkit reads its built-in fonts (Helvetica's metrics) from its own package files too.
  serverExternalPackages: ['@electric-sql/pglite', 'sharp', 'pdfkit'],
  poweredByHeader: false,
  // A CV item's photo or video can be sent with its form (no JavaScript needed); lib/media/rules.ts keeps
  // each kind to its own, smaller limit. MEDIA_MAX_REQUEST_BYTES is 61 MB.
  experimental: { serverActions: { bodySizeLimit: '61mb' } },
  typedRoutes: false,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders({
          isHttps: (process.env.AUTH_URL ?? '').startsWith('https://'),
          isDev: process.env.NODE_ENV === 'development',
        }), },
      // Later rules win: uploaded media gets the sandbox policy instead of the page policy.
      ...MEDIA_PATHS.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: MEDIA_CONTENT_SECURITY_POLICY }] })),
    ];
  },
};

export default nextConfig;
