'use client';

import { useEffect } from 'react';
import { KEEP_PAGE_OFFLINE, type KeepPageOfflineMessage } from '@/lib/pwa/cache-names';

/**
 * On the young person's CV pages: asks the service worker to keep this page, as they see it now, in their own
 * offline cache (decision 028). The worker keeps the copy it has just served rather than downloading the page
 * again. Renders nothing; without a worker it does nothing.
 */
export function KeepPageOffline({ ownerKey, path, itemPaths }: { ownerKey: string; path: string; itemPaths?: string[] }) {
  const items = itemPaths?.join('\n') ?? null;
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !navigator.onLine) return;
    let isCurrent = true;
    void navigator.serviceWorker.ready.then((registration) => {
      if (!isCurrent) return;
      const message: KeepPageOfflineMessage = { type: KEEP_PAGE_OFFLINE, ownerKey, path, itemPaths: items === null ? null : items ? items.split('\n') : [] };
      registration.active?.postMessage(message);
    });
    return () => {
      isCurrent = false;
    };
  }, [ownerKey, path, items]);
  return null;
}
