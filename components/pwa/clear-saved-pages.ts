import { isPersonalCacheName, SAVED_PAGES_CACHE } from '@/lib/pwa/cache-names';
import { OFFLINE_DRAFTS_DB } from '@/lib/pwa/offline-drafts-names';

/**
 * Deletes the saved copies of pages, the person's saved courses and vacancies kept for offline reading, and
 * answers kept on this phone (decision 017). Called on sign-out (kiosk reset clears every cache and database),
 * so the next person on a shared phone or library computer cannot open someone else's things while offline.
 */
export async function clearSavedPages() {
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) {
      if (name === SAVED_PAGES_CACHE || isPersonalCacheName(name)) await caches.delete(name);
    }
  }
  if (typeof indexedDB !== 'undefined') indexedDB.deleteDatabase(OFFLINE_DRAFTS_DB);
}
