// The service worker. Built by the route in app/serwist/[path]/route.ts into /serwist/sw.js at build time.
// See docs/decisions/002-service-worker.md for what is cached and why.
import type { PrecacheEntry, RuntimeCaching, SerwistGlobalConfig } from 'serwist';
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from 'serwist';
import { isPublicPagePath, SAVED_PAGES_CACHE } from '@/lib/pwa/cache-names';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    // Replaced at build time with the list of files to precache (the offline page and the CSS).
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const OFFLINE_URL = '/offline';
const DAY = 24 * 60 * 60;

const isSameOriginApi = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith('/api/');

const productionCaching: RuntimeCaching[] = [
  {
    // Personal and staff pages always come from the network, never from a copy.
    matcher: ({ request, sameOrigin, url }) => sameOrigin && request.mode === 'navigate' && !isPublicPagePath(url.pathname),
    handler: new NetworkOnly(),
  },
  {
    // Never keep a copy of anything from the API: sign-in, uploads, personal data.
    matcher: ({ url }) => isSameOriginApi(url),
    handler: new NetworkOnly(),
  },
  {
    // Pages: the newest copy when the network answers within a few seconds (slow 2G often does not),
    // otherwise the copy from last time, otherwise the offline page.
    // The Accept check also catches the first page, which the window asks the worker to save by message.
    // Public pages only: a personal page must never stay on a shared kiosk.
    matcher: ({ request, sameOrigin, url }) =>
      sameOrigin &&
      isPublicPagePath(url.pathname) &&
      (request.mode === 'navigate' || (request.headers.get('Accept') ?? '').startsWith('text/html')),
    handler: new NetworkFirst({
      cacheName: SAVED_PAGES_CACHE,
      networkTimeoutSeconds: 4,
      plugins: [new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true })],
    }),
  },
  {
    // Next's build files have a content hash in their names, so a saved copy never goes stale.
    matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
    handler: new CacheFirst({
      cacheName: 'next-static',
      plugins: [new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true })],
    }),
  },
  {
    matcher: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
    handler: new CacheFirst({
      cacheName: 'images',
      plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true })],
    }),
  },
];

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  // Lets the page request start while an old phone is still waking the service worker up.
  navigationPreload: true,
  // In `next dev` (only when asked for) nothing is cached, so code changes show at once.
  runtimeCaching: process.env.NODE_ENV === 'production' ? productionCaching : [{ matcher: /.*/, handler: new NetworkOnly() }],
  fallbacks: {
    entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.destination === 'document' }],
  },
});

serwist.addEventListeners();
