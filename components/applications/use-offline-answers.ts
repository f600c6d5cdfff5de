'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, type RefObject, useCallback, useEffect, useRef } from 'react';
import type { AnswerNote } from '@/lib/applications/offline-answers';
import { draftFormData, forgetOfflineDraft, keepOfflineDraft, type OfflineDraft, readOfflineDraft } from './offline-drafts';
import type { AutosaveStatus } from './use-autosave';

export type SyncResult = { ok: boolean; values: Record<string, string>; notes: AnswerNote[] };

const PREFIX = 'answer-';

/**
 * Keeps answers typed offline on the phone and sends them when it is back online (decision 017). The
 * server merges each answer (newest edit wins) and stores the other versions as notes (decision 022).
 */
export function useOfflineAnswers(
  formRef: RefObject<HTMLFormElement | null>,
  {
    draftKey,
    applicationId,
    savedAnswers,
    sync,
    setStatus,
  }: {
    draftKey: string;
    applicationId: string;
    /** The answers as the server had them when the page loaded, by question id. */
    savedAnswers: Record<string, string>;
    sync: (formData: FormData) => Promise<SyncResult>;
    setStatus: (status: AutosaveStatus) => void;
  },
) {
  const base = useRef<Record<string, string>>({ ...savedAnswers });
  const editedAt = useRef<Record<string, number>>({});
  const isSending = useRef(false);
  const router = useRouter();

  const onInput = useCallback((event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as HTMLInputElement).name ?? '';
    if (name.startsWith(PREFIX)) editedAt.current[name.slice(PREFIX.length)] = Date.now();
  }, []);

  /** Puts every changed answer in IndexedDB. False when the phone cannot keep it either. */
  const keep = useCallback(
    async (form: HTMLFormElement): Promise<boolean> => {
      const draft: OfflineDraft = (await readOfflineDraft(draftKey)) ?? {};
      for (const [name, value] of new FormData(form).entries()) {
        if (!name.startsWith(PREFIX) || typeof value !== 'string') continue;
        const id = name.slice(PREFIX.length);
        const before = draft[id];
        if (!before && value.trim() === (base.current[id] ?? '')) continue;
        draft[id] = { value, base: before?.base ?? base.current[id] ?? '', editedAt: editedAt.current[id] ?? before?.editedAt ?? Date.now() };
      }
      return keepOfflineDraft(draftKey, draft);
    },
    [draftKey],
  );

  /**
   * After an ordinary autosave: what the server now has is the base for the next offline edit, and anything
   * kept on the phone has gone with it (the save sends every answer on the form).
   */
  const onSaved = useCallback(
    (data: FormData) => {
      for (const [name, value] of data.entries()) {
        if (name.startsWith(PREFIX) && typeof value === 'string') base.current[name.slice(PREFIX.length)] = value.trim();
      }
      void forgetOfflineDraft(draftKey);
    },
    [draftKey],
  );

  const send = useCallback(async () => {
    if (isSending.current || !navigator.onLine) return;
    const draft = await readOfflineDraft(draftKey);
    if (!draft || Object.keys(draft).length === 0) return;
    isSending.current = true;
    setStatus('saving');
    try {
      const result = await sync(draftFormData(draft, { name: 'id', id: applicationId }, (id) => `${PREFIX}${id}`));
      if (!result.ok) {
        setStatus('kept');
        return;
      }
      const form = formRef.current;
      for (const [id, value] of Object.entries(result.values)) {
        base.current[id] = value;
        const field = form?.elements.namedItem(`${PREFIX}${id}`);
        if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.value = value;
      }
      await forgetOfflineDraft(draftKey);
      setStatus('saved');
      // The versions not kept are stored on the server now (decision 022): show them on their answers.
      if (result.notes.length > 0) router.refresh();
    } catch {
      setStatus('kept');
    } finally {
      isSending.current = false;
    }
  }, [applicationId, draftKey, formRef, router, setStatus, sync]);

  useEffect(() => {
    // Something kept on an earlier visit goes as soon as the page opens online; the rest when signal returns.
    void Promise.resolve().then(send);
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [send]);

  return { keep, onSaved, onInput };
}
