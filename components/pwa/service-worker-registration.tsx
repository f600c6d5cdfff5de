'use client';

import { useEffect } from 'react';
import { captureInstallPrompt } from './install-capture';

/** Where app/serwist/[path]/route.ts serves the built service worker. */
const SERVICE_WORKER_URL = '/serwist/sw.js';

/**
 * Registers the service worker once the page has loaded, so it never competes with the page itself on a
 * slow connection. Off in `next dev` unless NEXT_PUBLIC_ENABLE_SW_IN_DEV=true. Renders nothing.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    captureInstallPrompt();
    const isEnabled = process.env.NODE_ENV === 'production' || process.env.NEXT_PUBLIC_ENABLE_SW_IN_DEV === 'true';
    if (!isEnabled || !('serviceWorker' in navigator)) return;
    const isFirstInstall = !navigator.serviceWorker.controller;
    const register = async () => {
      // updateViaCache 'all': the browser's checks for a new sw.js obey its Cache-Control (an hour; see
      // app/serwist/[path]/route.ts) instead of downloading it again after every page.
      await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'all' });
      if (!isFirstInstall) return;
      // This page and its files loaded before the worker existed, so it never saw them. Ask it to save
      // them now (they come from the browser's HTTP cache, so this costs almost no data).
      const registration = await navigator.serviceWorker.ready;
      const files = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.startsWith(`${location.origin}/_next/static/`));
      registration.active?.postMessage({
        type: 'CACHE_URLS',
        payload: { urlsToCache: [[location.href, { headers: { Accept: 'text/html' } }], ...files] },
      });
    };
    const start = () => register().catch((error: unknown) => console.warn('Service worker not registered', error));
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  }, []);
  return null;
}
