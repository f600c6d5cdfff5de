'use client';

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'kept';

/**
 * Saves a form's fields a moment after the person stops typing. The fields stay uncontrolled, so a failed save
 * never touches what they typed: it says so and tries again at the next change (or the next button press).
 * With `keepOffline`, a save while offline (or one the network drops) is kept on the phone instead
 * (decision 017); `onSaved` hears of every save the server took.
 */
export function useAutosave(
  formRef: RefObject<HTMLFormElement | null>,
  save: (formData: FormData) => Promise<{ ok: boolean }>,
  {
    delayMs = 1000,
    keepOffline,
    onSaved,
  }: { delayMs?: number; keepOffline?: (form: HTMLFormElement) => Promise<boolean>; onSaved?: (formData: FormData) => void } = {},
): { status: AutosaveStatus; setStatus: (status: AutosaveStatus) => void; onChange: () => void } {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);

  const run = useCallback(async () => {
    const form = formRef.current;
    if (!form) return;
    const attempt = ++latest.current;
    const keep = async () => {
      const isKept = keepOffline ? await keepOffline(form) : false;
      if (attempt === latest.current) setStatus(isKept ? 'kept' : 'failed');
    };
    if (keepOffline && !navigator.onLine) return keep();
    setStatus('saving');
    try {
      const data = new FormData(form);
      // Files go with the Save button only: an autosave must not send a video again at every key press.
      for (const [key, value] of [...data.entries()]) if (value instanceof File) data.delete(key);
      const result = await save(data);
      if (result.ok) onSaved?.(data);
      if (attempt === latest.current) setStatus(result.ok ? 'saved' : 'failed');
    } catch {
      // The server action could not be reached: most often the signal went.
      await keep();
    }
  }, [formRef, save, keepOffline, onSaved]);

  const onChange = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, delayMs);
  }, [run, delayMs]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { status, setStatus, onChange };
}
