// The service worker. Built by the route in app/serwist/[path]/route.ts into /serwist/sw.js at build time.
// See docs/decisions/002-service-worker.md for what is cached and why.
import type { PrecacheEntry, RuntimeCaching, SerwistGlobalConfig, SerwistPlugin } from 'serwist';
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from 'serwist';
import {
  isCvPagePath,
  isPersonalCacheName,
  isPublicPagePath,
  isSavedPagePath,
  type KeepPageOfflineMessage,
  type KeepSavedOfflineMessage,
  parseKeepPageOffline,
  parseKeepSavedOffline,
  personalCacheName,
  SAVED_PAGES_CACHE,
} from '@/lib/pwa/cache-names';
import { isSafeNotificationPath } from '@/lib/notifications/push-config';

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

/** The saved course or vacancy page from a person's offline cache (decision 017), if there is one. */
async function matchPersonalCaches(request: Request): Promise<Response | undefined> {
  for (const name of (await caches.keys()).filter(isPersonalCacheName)) {
    const cached = await (await caches.open(name)).match(request.url, { ignoreSearch: true, ignoreVary: true });
    if (cached) return cached;
  }
  return undefined;
}

/**
 * When a public page fails and has no copy from last time: the person's saved copy, else the offline page.
 * (A plugin with handlerDidError replaces Serwist's own fallback plugin on this route, so it does both.)
 */
const savedThenOfflinePage: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    if (request.destination !== 'document' && request.mode !== 'navigate') return undefined;
    return (await matchPersonalCaches(request)) ?? (await serwist.matchPrecache(OFFLINE_URL));
  },
};

/**
 * The CV pages just loaded, held in memory for a moment: when the page then asks to be kept (decision 028) the
 * worker stores this copy instead of downloading the page a second time. Never written to a cache without
 * the owner's key; a few at most, for half a minute, and a failed or redirected load of that page drops it, so
 * a copy never outlives the visit it came from.
 */
const justLoadedCvPages = new Map<string, { response: Response; heldAt: number }>();
const HOLD_MS = 30_000;

const holdCvPage: SerwistPlugin = {
  handlerWillRespond: async ({ request, response }) => {
    const url = new URL(request.url);
    if (request.mode !== 'navigate' || !isCvPagePath(url.pathname)) return response;
    justLoadedCvPages.delete(url.href);
    if (response.ok && !response.redirected && !url.search) {
      justLoadedCvPages.set(url.href, { response: response.clone(), heldAt: Date.now() });
      for (const key of [...justLoadedCvPages.keys()].slice(0, -3)) justLoadedCvPages.delete(key);
    }
    return response;
  },
};

const productionCaching: RuntimeCaching[] = [
  {
    // Personal and staff pages always come from the network, never from a copy. Offline, the young person's
    // own CV pages come from their cache when they opened them before (decision 028), else the offline page.
    matcher: ({ request, sameOrigin, url }) => sameOrigin && request.mode === 'navigate' && !isPublicPagePath(url.pathname),
    handler: new NetworkOnly({ plugins: [holdCvPage, savedThenOfflinePage] }),
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
      plugins: [new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true }), savedThenOfflinePage],
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

/**
 * Keeps one person's saved course and vacancy pages (sent by /my) in their own cache, fetched as they see
 * them. Everyone else's saved pages on this device are deleted first: one person's cache at a time.
 */
/** The person's own cache, after deleting every other person's: one person's things on a device at a time. */
async function openOwnCache(ownerKey: string): Promise<Cache> {
  const name = personalCacheName(ownerKey);
  for (const other of (await caches.keys()).filter((key) => isPersonalCacheName(key) && key !== name)) await caches.delete(other);
  return caches.open(name);
}

async function keepSavedOffline({ ownerKey, paths }: KeepSavedOfflineMessage) {
  const cache = await openOwnCache(ownerKey);
  const wanted = new Set(paths.map((path) => new URL(path, self.location.origin).href));
  // Only the saved list is replaced here: the CV pages in the same cache are kept by the CV pages.
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url) && isSavedPagePath(new URL(request.url).pathname)) await cache.delete(request);
  }
  for (const url of wanted) {
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      // A redirect (to sign in) or a missing page is not worth keeping.
      if (response.ok && !response.redirected) await cache.put(url, response);
    } catch {
      // Offline or a slow network: the copy from last time (if any) stays until the next visit to /my.
    }
  }
}

/**
 * Keeps one of the young person's CV pages as they just saw it (decision 028), in their own cache. From /cv,
 * copies of item pages that no longer exist (deleted) are dropped too.
 */
async function keepPageOffline({ ownerKey, path, itemPaths }: KeepPageOfflineMessage) {
  const cache = await openOwnCache(ownerKey);
  const url = new URL(path, self.location.origin).href;
  if (itemPaths) {
    const items = new Set(itemPaths.map((item) => new URL(item, self.location.origin).href));
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname.startsWith('/cv/items/') && !items.has(request.url)) await cache.delete(request);
    }
  }
  const held = justLoadedCvPages.get(url);
  justLoadedCvPages.delete(url);
  let response = held && Date.now() - held.heldAt < HOLD_MS ? held.response : undefined;
  if (!response) {
    try {
      response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    } catch {
      return;
    }
  }
  if (response.ok && !response.redirected) await cache.put(url, response);
}

self.addEventListener('message', (event) => {
  const saved = parseKeepSavedOffline(event.data);
  if (saved) event.waitUntil(keepSavedOffline(saved));
  const page = parseKeepPageOffline(event.data);
  if (page) event.waitUntil(keepPageOffline(page));
});

// Push notifications (decision 029): the server sends { title, body, path } with no personal details; a tap
// opens that page on this site, in a window already open if there is one.
self.addEventListener('push', (event) => {
  let message: { title?: unknown; body?: unknown; path?: unknown } = {};
  try {
    message = event.data?.json() ?? {};
  } catch {
    // Not ours, or garbled: still show something, as browsers require for every push.
  }
  const path = isSafeNotificationPath(message.path) ? message.path : '/';
  event.waitUntil(
    self.registration.showNotification(typeof message.title === 'string' ? message.title : 'Next Steps', {
      body: typeof message.body === 'string' ? message.body : 'You have a message. Tap to see it.',
      icon: '/icons/icon-192.png',
      data: { path },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data as { path?: unknown } | null;
  const url = new URL(isSafeNotificationPath(data?.path) ? data.path : '/', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => client.url === url) ?? windows[0];
      if (open) {
        const focused = await open.focus();
        if (focused.url !== url) await focused.navigate(url);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});

serwist.addEventListeners();
