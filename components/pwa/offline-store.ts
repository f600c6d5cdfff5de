/*
 * The one small IndexedDB helper for things kept on the phone until they reach the server: answers and CV text
 * typed offline (components/applications/offline-drafts.ts) and unsent recordings
 * (components/media/pending-recording.ts). One database per use, each with a single key-value store, so
 * sign-out can delete the drafts database whole. Every call is safe where IndexedDB is missing or refuses
 * (private windows, old browsers): it reads as nothing kept and reports a failed write.
 */
export type OfflineStore<T> = {
  put: (key: string, value: T) => Promise<boolean>;
  get: (key: string) => Promise<T | null>;
  remove: (key: string) => Promise<void>;
};

export function offlineStore<T>(database: string, store: string, isValue: (value: unknown) => value is T): OfflineStore<T> {
  function open(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(database, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function run<R>(mode: IDBTransactionMode, work: (objects: IDBObjectStore) => IDBRequest<R>): Promise<R> {
    const db = await open();
    try {
      return await new Promise<R>((resolve, reject) => {
        const request = work(db.transaction(store, mode).objectStore(store));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }

  const hasIndexedDb = () => typeof indexedDB !== 'undefined';

  return {
    async put(key, value) {
      if (!hasIndexedDb()) return false;
      return run('readwrite', (objects) => objects.put(value, key)).then(
        () => true,
        () => false,
      );
    },
    async get(key) {
      if (!hasIndexedDb()) return null;
      const value = await run<unknown>('readonly', (objects) => objects.get(key)).catch(() => undefined);
      return isValue(value) ? value : null;
    },
    async remove(key) {
      if (!hasIndexedDb()) return;
      await run('readwrite', (objects) => objects.delete(key)).catch(() => undefined);
    },
  };
}
