import { SAVED_PAGES_CACHE } from '@/lib/pwa/cache-names';

/**
 * Deletes the saved copies of pages. Call it on sign-out and kiosk reset, so the next person on a shared
 * phone or library computer cannot open someone else's CV or applications while offline.
 */
export async function clearSavedPages() {
  if (typeof caches !== 'undefined') await caches.delete(SAVED_PAGES_CACHE);
}
