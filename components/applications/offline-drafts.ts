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
