'use client';

import type { AutosaveStatus } from './use-autosave';

const WORDS: Record<AutosaveStatus, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved yet. Check your internet. Your words are still here: press a Save button to try again.',
  kept: 'Saved on this phone. We will send it when you are online.',
};

/** Says whether what was typed has been saved. A polite live region, so screen readers hear it without losing their place. */
export function SaveStatus({ status }: { status: AutosaveStatus }) {
  return (
    <p role="status" aria-live="polite" className={status === 'failed' ? 'min-h-7 font-bold text-error' : 'min-h-7 font-bold text-success'}>
      {WORDS[status]}
    </p>
  );
}
