import { offlineStore } from '@/components/pwa/offline-store';
import { OFFLINE_DRAFTS_DB } from '@/lib/pwa/offline-drafts-names';

/*
 * Answers and CV text typed while offline, kept in IndexedDB until they reach the server (decisions 017, 028).
 * Sign-out deletes the database.
 */
export type OfflineDraftField = { value: string; base: string; editedAt: number };
export type OfflineDraft = Record<string, OfflineDraftField>;

const drafts = offlineStore(OFFLINE_DRAFTS_DB, 'drafts', (value): value is OfflineDraft => Boolean(value) && typeof value === 'object');

export const keepOfflineDraft = (key: string, draft: OfflineDraft): Promise<boolean> => drafts.put(key, draft);
export const readOfflineDraft = (key: string): Promise<OfflineDraft | null> => drafts.get(key);
export const forgetOfflineDraft = (key: string): Promise<void> => drafts.remove(key);

/**
 * What a kept draft sends to the server's merge (decisions 017, 022): the record's id, then for each field its
 * words, the saved text it was changed from, and how long ago it was changed (the server has its own clock).
 */
export function draftFormData(draft: OfflineDraft, record: { name: string; id: string }, fieldName: (key: string) => string, now = Date.now()): FormData {
  const data = new FormData();
  data.set(record.name, record.id);
  for (const [key, field] of Object.entries(draft)) {
    data.set(fieldName(key), field.value);
    data.set(`base-${key}`, field.base);
    data.set(`age-${key}`, String(Math.max(0, now - field.editedAt)));
  }
  return data;
}
