import { withoutControlCharacters } from '@/lib/security/clean-text';
import { z } from 'zod';

/**
 * Answers typed while offline, merged with the server when the phone is back online (decision 017). Per
 * answer the newest edit wins; when both sides changed, the other version is kept as a note so nothing is
 * lost. The phone says how long ago it was edited (not a time), so a phone with a wrong clock still works.
 * Pure: the sync action and its unit test use it.
 */

export type OfflineEdit = {
  /** What the person typed on the phone. */
  value: string;
  /** What the server had when they started typing offline. */
  base: string;
  /** How long before sending it was last changed. */
  editedMsAgo: number;
};

export type AnswerNote = {
  questionId: string;
  /** Which version is now saved: the one from this phone, or the one saved elsewhere meanwhile. */
  kept: 'phone' | 'elsewhere';
  /** The version that was not kept, shown to the person. */
  otherValue: string;
};

export type MergedAnswer = { value: string; isWritten: boolean; note: Omit<AnswerNote, 'questionId'> | null };

export function mergeOfflineAnswer({
  edit,
  server,
  now,
}: {
  edit: OfflineEdit;
  server: { text: string; updatedAt: Date } | null;
  now: Date;
}): MergedAnswer {
  const serverText = server?.text ?? '';
  if (serverText === edit.value) return { value: serverText, isWritten: false, note: null };
  // Nobody else changed it while the phone was offline: the phone's words go in.
  if (!server || serverText === edit.base) return { value: edit.value, isWritten: true, note: null };
  const editedAt = now.getTime() - edit.editedMsAgo;
  if (editedAt >= server.updatedAt.getTime()) {
    return { value: edit.value, isWritten: true, note: serverText ? { kept: 'phone', otherValue: serverText } : null };
  }
  return { value: serverText, isWritten: false, note: edit.value ? { kept: 'elsewhere', otherValue: edit.value } : null };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const questionId = z.uuid();
const text = z.string().max(5000);
const age = z.coerce.number().int().min(0).max(365 * DAY_MS);

/**
 * The sync form: `answer-<id>`, `base-<id>` and `age-<id>` per question. A field that does not parse is left
 * out (it stays on the phone's screen), never guessed.
 */
export function parseOfflineAnswers(formData: FormData): Record<string, OfflineEdit> {
  const edits: Record<string, OfflineEdit> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith('answer-') || typeof value !== 'string') continue;
    const id = key.slice('answer-'.length);
    if (!questionId.safeParse(id).success) continue;
    const parsed = z
      .object({ value: text, base: text, editedMsAgo: age })
      .safeParse({ value: withoutControlCharacters(value).trim(), base: withoutControlCharacters(String(formData.get(`base-${id}`) ?? '')).trim(), editedMsAgo: formData.get(`age-${id}`) ?? '' });
    if (parsed.success) edits[id] = parsed.data;
  }
  return edits;
}

/**
 * Which of the versions not kept to store for the young person (decision 022): never an empty one, never one
 * already stored for that question, never the same one twice.
 */
export function otherVersionsToStore(
  notes: readonly Pick<AnswerNote, 'questionId' | 'otherValue'>[],
  stored: readonly { questionId: string; text: string }[],
): { questionId: string; text: string }[] {
  const seen = new Set(stored.map((version) => `${version.questionId}\n${version.text.trim()}`));
  const fresh: { questionId: string; text: string }[] = [];
  for (const note of notes) {
    const text = note.otherValue.trim();
    const key = `${note.questionId}\n${text}`;
    if (!text || seen.has(key)) continue;
    seen.add(key);
    fresh.push({ questionId: note.questionId, text });
  }
  return fresh;
}
