'use client';

import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { forgetOfflineDraft, keepOfflineDraft, readOfflineDraft } from './offline-drafts';
import type { AutosaveStatus } from './use-autosave';

/**
 * A whole form kept on the phone while offline and saved again when the signal comes back (decision 017):
 * for forms whose fields belong to nobody else (the application profile), so the newest save simply wins.
 */
export function useOfflineForm(
  formRef: RefObject<HTMLFormElement | null>,
  { draftKey, save, setStatus }: { draftKey: string; save: (formData: FormData) => Promise<{ ok: boolean }>; setStatus: (status: AutosaveStatus) => void },
) {
  const isSending = useRef(false);

  const keep = useCallback(
    async (form: HTMLFormElement) => {
      const fields: Record<string, { value: string; base: string; editedAt: number }> = {};
      for (const [name, value] of new FormData(form).entries()) {
        if (typeof value === 'string') fields[name] = { value, base: '', editedAt: Date.now() };
      }
      return keepOfflineDraft(draftKey, fields);
    },
    [draftKey],
  );

  const send = useCallback(async () => {
    if (isSending.current || !navigator.onLine) return;
    const draft = await readOfflineDraft(draftKey);
    if (!draft) return;
    isSending.current = true;
    setStatus('saving');
    try {
      const data = new FormData();
      for (const [name, field] of Object.entries(draft)) data.append(name, field.value);
      const result = await save(data);
      if (!result.ok) {
        setStatus('kept');
        return;
      }
      // The page may have been opened again since: show what was just saved.
      for (const [name, field] of Object.entries(draft)) {
        const element = formRef.current?.elements.namedItem(name);
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
          if (element.type !== 'hidden' && element.type !== 'file') element.value = field.value;
        }
      }
      await forgetOfflineDraft(draftKey);
      setStatus('saved');
    } catch {
      setStatus('kept');
    } finally {
      isSending.current = false;
    }
  }, [draftKey, formRef, save, setStatus]);

  useEffect(() => {
    void Promise.resolve().then(send);
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [send]);

  /** After an ordinary autosave the whole form has reached the server, so nothing needs keeping. */
  const onSaved = useCallback(() => void forgetOfflineDraft(draftKey), [draftKey]);

  return { keep, onSaved };
}
