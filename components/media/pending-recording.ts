/*
 * A recording that has not reached the server yet is kept in the browser's IndexedDB until it has, so
 * closing the tab, losing signal or a failed upload never silently loses it. One slot per form: the
 * recorder offers to send it again next time it opens.
 */
const DB_NAME = 'next-steps-recordings';
const STORE = 'pending';

export type PendingRecording = { blob: Blob; kind: 'audio' | 'video'; durationMs: number; savedAt: number };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
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

export async function keepPendingRecording(slot: string, recording: PendingRecording): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await run('readwrite', (store) => store.put(recording, slot)).catch(() => undefined);
}

export async function readPendingRecording(slot: string): Promise<PendingRecording | null> {
  if (typeof indexedDB === 'undefined') return null;
  const value = await run<PendingRecording | undefined>('readonly', (store) => store.get(slot)).catch(() => undefined);
  return value && value.blob instanceof Blob ? value : null;
}

export async function forgetPendingRecording(slot: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await run('readwrite', (store) => store.delete(slot)).catch(() => undefined);
}
