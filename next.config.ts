import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security/headers';

const nextConfig: NextConfig = {
  // A separate build directory lets a second build (benchmarks, a helper's check) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite loads its WebAssembly and extensions from its own package files; bundling it breaks that.
  // sharp loads its native libvips binary from its own package files, like PGlite's WebAssembly.
  serverExternalPackages: ['@electric-sql/pglite', 'sharp'],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({
          isHttps: (process.env.AUTH_URL ?? '').startsWith('https://'),
          isDev: process.env.NODE_ENV === 'development',
        }), }];
  },
};

export default nextConfig;
