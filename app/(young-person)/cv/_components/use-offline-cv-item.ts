'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { draftFormData, forgetOfflineDraft, keepOfflineDraft, type OfflineDraft, readOfflineDraft } from '@/components/applications/offline-drafts';
import type { AutosaveStatus } from '@/components/applications/use-autosave';
import { OFFLINE_CV_FIELDS, type OfflineCvField } from '@/lib/cv/offline-edits';

export type CvSyncResult = { ok: boolean; values: Partial<Record<OfflineCvField, string>> };
export type OfflineCvItem = { itemId: string; saved: Record<OfflineCvField, string>; sync: (formData: FormData) => Promise<CvSyncResult> };

const EMPTY: Record<OfflineCvField, string> = { title: '', body: '', place: '', grade: '' };
const noSync = async (): Promise<CvSyncResult> => ({ ok: false, values: {} });

/**
 * Whether the server can be reached now. A phone can say it is online when nothing gets through (wifi with
 * no internet, a signal too weak to carry anything), so Save asks first (decision 028).
 */
async function canReachServer(): Promise<boolean> {
  try {
    const response = await fetch('/api/health', { cache: 'no-store', signal: AbortSignal.timeout(4000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** While words wait on the phone, how often to try sending them again (the online event does not always come). */
const RETRY_MS = 5000;

function textField(form: HTMLFormElement | null, name: string): HTMLInputElement | HTMLTextAreaElement | null {
  const element = form?.elements.namedItem(name);
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : null;
}

/**
 * A CV item's text changed with no signal (decision 028): kept on the phone in the same IndexedDB drafts
 * database as offline answers, shown again if the page is opened again offline, and sent when the signal
 * comes back. The server merges each field by the offline answers rule and keeps the version that lost.
 */
export function useOfflineCvItem(
  formRef: RefObject<HTMLFormElement | null>,
  options: OfflineCvItem | null,
) {
  const itemId = options?.itemId ?? '';
  const saved = options?.saved ?? EMPTY;
  const sync = options?.sync ?? noSync;
  const isOn = options !== null;
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const draftKey = `cv-item-${itemId}`;
  const editedAt = useRef<Partial<Record<string, number>>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const isSending = useRef(false);
  const router = useRouter();

  /** Keeps the changed words the form shows now on the phone. */
  const keep = useCallback(
    async (): Promise<boolean> => {
      const form = formRef.current;
      const draft: OfflineDraft = (await readOfflineDraft(draftKey)) ?? {};
      for (const field of OFFLINE_CV_FIELDS) {
        const value = textField(form, field)?.value;
        if (value === undefined) continue;
        const before = draft[field];
        if (!before && value.trim() === saved[field]) continue;
        draft[field] = { value, base: before?.base ?? saved[field], editedAt: editedAt.current[field] ?? before?.editedAt ?? Date.now() };
      }
      return keepOfflineDraft(draftKey, draft);
    },
    [draftKey, formRef, saved],
  );

  const keepNow = useCallback(() => {
    void keep().then((isKept) => setStatus(isKept ? 'kept' : 'failed'));
  }, [keep]);

  const onInput = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const name = (event.target as HTMLInputElement).name ?? '';
      if (!isOn || !(OFFLINE_CV_FIELDS as readonly string[]).includes(name)) return;
      editedAt.current[name] = Date.now();
      if (navigator.onLine) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(keepNow, 500);
    },
    [isOn, keepNow],
  );

  const isChecked = useRef(false);
  /**
   * Offline, Save keeps the text on the phone instead of trying the server (photos and choices wait). When the
   * phone says it is online, Save first checks the server can be reached, then submits again for real. Without
   * JavaScript none of this runs and the form posts to the server action as usual.
   */
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      if (!isOn) return;
      if (isChecked.current) {
        isChecked.current = false;
        // The form sends every field, including anything kept from before.
        void forgetOfflineDraft(draftKey);
        return;
      }
      event.preventDefault();
      if (!navigator.onLine) {
        keepNow();
        return;
      }
      const form = event.currentTarget;
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      void canReachServer().then((isReachable) => {
        if (!isReachable) {
          keepNow();
          return;
        }
        isChecked.current = true;
        form.requestSubmit(submitter instanceof HTMLElement ? submitter : undefined);
      });
    },
    [draftKey, isOn, keepNow],
  );

  const send = useCallback(async () => {
    if (!isOn || isSending.current || !navigator.onLine) return;
    const draft = await readOfflineDraft(draftKey);
    if (!draft || Object.keys(draft).length === 0) return;
    isSending.current = true;
    setStatus('saving');
    try {
      const result = await sync(draftFormData(draft, { name: 'itemId', id: itemId }, (field) => `field-${field}`));
      if (!result.ok) {
        setStatus('kept');
        return;
      }
      for (const [field, value] of Object.entries(result.values)) {
        const element = textField(formRef.current, field);
        if (element) element.value = value;
      }
      await forgetOfflineDraft(draftKey);
      setStatus('saved');
      // New bases for the next offline change, and any version that lost, shown on the page.
      router.refresh();
    } catch {
      setStatus('kept');
    } finally {
      isSending.current = false;
    }
  }, [draftKey, formRef, isOn, itemId, router, sync]);

  useEffect(() => {
    if (!isOn) return;
    let isCurrent = true;
    // Opened again offline (from the phone's copy of the page): show what was kept, not the old text.
    void readOfflineDraft(draftKey).then((draft) => {
      if (!isCurrent || !draft) return;
      for (const [field, kept] of Object.entries(draft)) {
        const element = textField(formRef.current, field);
        if (element) element.value = kept.value;
      }
      if (navigator.onLine) void send();
      else setStatus('kept');
    });
    window.addEventListener('online', send);
    return () => {
      isCurrent = false;
      window.removeEventListener('online', send);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [draftKey, formRef, isOn, send]);

  // A phone may think it is online all along, so "online" never fires: keep trying while something waits.
  useEffect(() => {
    if (!isOn || status !== 'kept') return;
    const retry = setInterval(() => void send(), RETRY_MS);
    return () => clearInterval(retry);
  }, [isOn, send, status]);

  return { status, onInput, onSubmit };
}
