import { OFFLINE_DRAFTS_DB } from '@/lib/pwa/offline-drafts-names';

/*
 * Answers typed while offline, kept in IndexedDB until they reach the server (decision 017), like the
 * recorder keeps an unsent recording (components/media/pending-recording.ts). Sign-out deletes the database.
 */
const STORE = 'drafts';

export type OfflineDraftField = { value: string; base: string; editedAt: number };
export type OfflineDraft = Record<string, OfflineDraftField>;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(OFFLINE_DRAFTS_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function keepOfflineDraft(key: string, draft: OfflineDraft): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  return run('readwrite', (store) => store.put(draft, key)).then(
    () => true,
    () => false,
  );
}

export async function readOfflineDraft(key: string): Promise<OfflineDraft | null> {
  if (typeof indexedDB === 'undefined') return null;
  const value = await run<OfflineDraft | undefined>('readonly', (store) => store.get(key)).catch(() => undefined);
  return value && typeof value === 'object' ? value : null;
}

export async function forgetOfflineDraft(key: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await run('readwrite', (store) => store.delete(key)).catch(() => undefined);
}
