import { offlineStore } from '@/components/pwa/offline-store';

/*
 * A recording that has not reached the server yet is kept in the browser's IndexedDB until it has, so
 * closing the tab, losing signal or a failed upload never silently loses it. One slot per form: the
 * recorder offers to send it again next time it opens.
 */
export type PendingRecording = { blob: Blob; kind: 'audio' | 'video'; durationMs: number; savedAt: number };

const recordings = offlineStore(
  'next-steps-recordings',
  'pending',
  (value): value is PendingRecording => Boolean(value) && typeof value === 'object' && (value as PendingRecording).blob instanceof Blob,
);

export async function keepPendingRecording(slot: string, recording: PendingRecording): Promise<void> {
  await recordings.put(slot, recording);
}

export const readPendingRecording = (slot: string): Promise<PendingRecording | null> => recordings.get(slot);
export const forgetPendingRecording = (slot: string): Promise<void> => recordings.remove(slot);
