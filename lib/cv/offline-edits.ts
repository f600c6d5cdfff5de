import { z } from 'zod';
import type { OfflineEdit } from '@/lib/applications/offline-answers';

/**
 * CV item text changed while offline (decision 028). The same shape and merge as offline application answers
 * (decisions 017 and 022: `mergeOfflineAnswer` per field, the other version stored as a note), with the item's
 * text fields in place of questions. The transcript belongs to the media, photos and recordings travel their
 * own way, and the other fields are choices, not text: those wait for the Save button online.
 */
export const OFFLINE_CV_FIELDS = ['title', 'body', 'place', 'grade'] as const;
export type OfflineCvField = (typeof OFFLINE_CV_FIELDS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_LENGTH: Record<OfflineCvField, number> = { title: 120, body: 2000, place: 120, grade: 60 };
const age = z.coerce.number().int().min(0).max(365 * DAY_MS);

export function isOfflineCvField(value: string): value is OfflineCvField {
  return (OFFLINE_CV_FIELDS as readonly string[]).includes(value);
}

/**
 * The sync form: `field-<name>`, `base-<name>` and `age-<name>` per changed field. A field that does not
 * parse, or an empty title (every item needs one), is left out and stays on the phone's screen, never guessed.
 */
export function parseOfflineCvEdits(formData: FormData): Partial<Record<OfflineCvField, OfflineEdit>> {
  const edits: Partial<Record<OfflineCvField, OfflineEdit>> = {};
  for (const field of OFFLINE_CV_FIELDS) {
    const value = formData.get(`field-${field}`);
    if (typeof value !== 'string') continue;
    const text = z.string().max(MAX_LENGTH[field]);
    const parsed = z
      .object({ value: field === 'title' ? text.min(1) : text, base: z.string().max(5000), editedMsAgo: age })
      .safeParse({ value: value.trim(), base: String(formData.get(`base-${field}`) ?? '').trim(), editedMsAgo: formData.get(`age-${field}`) ?? '' });
    if (parsed.success) edits[field] = parsed.data;
  }
  return edits;
}
