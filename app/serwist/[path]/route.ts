// Builds app/sw.ts with esbuild while `next build` prerenders this route, and serves the result as
// /serwist/sw.js (and its source map). Turbopack has no plugin hook for this; see
// docs/decisions/002-service-worker.md.
import { randomUUID } from 'node:crypto';
import { createSerwistRoute } from '@serwist/turbopack';

// Must match distDir in next.config.ts.
const distDir = process.env.NEXT_DIST_DIR || '.next';

const serwistRoute = createSerwistRoute({
  swSrc: 'app/sw.ts',
  // Precache only what the offline page needs: its HTML and the site's CSS. JavaScript and pages are
  // saved as people use them, so installing costs a phone on a small data plan only a few KB.
  globPatterns: [`${distDir}/static/**/*.css`],
  // The offline page's HTML names this build's CSS and scripts, so phones fetch it again after each
  // build. (Next's BUILD_ID is not written yet when this module loads.)
  additionalPrecacheEntries: [{ url: '/offline', revision: randomUUID() }],
  useNativeEsbuild: true,
  // A classic (not module) worker: older Firefox and Samsung browsers cannot run module service workers.
  esbuildOptions: { format: 'iife' },
});

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = false;
export const generateStaticParams = serwistRoute.generateStaticParams;

export async function GET(request: Request, context: { params: Promise<{ path: string }> }) {
  const response = await serwistRoute.GET(request, context);
  // Browsers look for a new sw.js after almost every page view. `next start` sends route responses
  // without compression or an ETag, so each look would download the whole file (~36 KB). With this and
  // `updateViaCache: 'all'` at registration they look at most once an hour (browsers cap it at a day),
  // so a new release reaches a returning phone within the hour.
  response.headers.set('Cache-Control', 'public, max-age=3600');
  return response;
}
