import { isPersonalCacheName, SAVED_PAGES_CACHE } from '@/lib/pwa/cache-names';
import { OFFLINE_DRAFTS_DB } from '@/lib/pwa/offline-drafts-names';

/** Deletes the person's own offline cache: saved courses and vacancies, and their CV pages (decisions 017, 028). */
export async function clearPersonalPages() {
  if (typeof caches === 'undefined') return;
  for (const name of await caches.keys()) if (isPersonalCacheName(name)) await caches.delete(name);
}

/**
 * Deletes the saved copies of pages, the person's saved courses and vacancies and CV pages kept for offline
 * reading, and answers and CV text kept on this phone (decisions 017, 028). Called on sign-out (kiosk reset
 * clears every cache and database), so the next person on a shared phone or library computer cannot open
 * someone else's things while offline.
 */
export async function clearSavedPages() {
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) {
      if (name === SAVED_PAGES_CACHE || isPersonalCacheName(name)) await caches.delete(name);
    }
  }
  if (typeof indexedDB !== 'undefined') indexedDB.deleteDatabase(OFFLINE_DRAFTS_DB);
}
