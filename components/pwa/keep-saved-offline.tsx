'use client';

import { useEffect } from 'react';
import { KEEP_SAVED_OFFLINE, type KeepSavedOfflineMessage } from '@/lib/pwa/cache-names';

/**
 * On /my: asks the service worker to keep this person's saved course and vacancy pages for reading offline,
 * in a cache named by their opaque key (decision 017). Renders nothing; without a worker it does nothing.
 */
export function KeepSavedOffline({ ownerKey, paths }: { ownerKey: string; paths: string[] }) {
  const list = paths.join('\n');
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let isCurrent = true;
    void navigator.serviceWorker.ready.then((registration) => {
      if (!isCurrent) return;
      const message: KeepSavedOfflineMessage = { type: KEEP_SAVED_OFFLINE, ownerKey, paths: list ? list.split('\n') : [] };
      registration.active?.postMessage(message);
    });
    return () => {
      isCurrent = false;
    };
  }, [ownerKey, list]);
  return null;
}
