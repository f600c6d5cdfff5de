'use client';

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { forgetOfflineDraft, keepOfflineDraft, readOfflineDraft } from './offline-drafts';
import type { AutosaveStatus } from './use-autosave';

/**
 * Whose drafts these are and what the server knew when the page was made. `ownerKey` (lib/auth/offline-key)
 * goes into the draft key, so one person's draft is never sent from another person's session on a shared
 * phone. `savedAt` and `serverNow` (server clock, ms) let the phone tell whether the server's copy is newer
 * than its own edit, whatever the phone's clock says.
 */
export type OfflineFormOwner = { ownerKey: string; savedAt: number; serverNow: number };

/**
 * A whole form kept on the phone while offline and saved again when the signal comes back (decision 017):
 * for forms whose fields belong to nobody else (the application profile), so the newest save wins: a draft
 * older than the server's last save (made on another device meanwhile) is dropped, not sent over it.
 */
export function useOfflineForm(
  formRef: RefObject<HTMLFormElement | null>,
  {
    draftKey,
    owner,
    save,
    setStatus,
  }: { draftKey: string; owner: OfflineFormOwner; save: (formData: FormData) => Promise<{ ok: boolean }>; setStatus: (status: AutosaveStatus) => void },
) {
  const isSending = useRef(false);
  // The server's clock minus the phone's, measured when the page arrived.
  const [clockOffset] = useState(() => owner.serverNow - Date.now());

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
    const editedAt = Math.max(...Object.values(draft).map((field) => field.editedAt)) + clockOffset;
    if (editedAt < owner.savedAt) {
      // Saved somewhere else after this phone's edit: the newer copy stays.
      await forgetOfflineDraft(draftKey);
      return;
    }
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
  }, [clockOffset, draftKey, formRef, owner.savedAt, save, setStatus]);

  useEffect(() => {
    void Promise.resolve().then(send);
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [send]);

  /** After an ordinary autosave the whole form has reached the server, so nothing needs keeping. */
  const onSaved = useCallback(() => void forgetOfflineDraft(draftKey), [draftKey]);

  return { keep, onSaved };
}
