'use client';

import { useEffect, useRef, useState } from 'react';
import { canSpeak, onOtherSpeechStarted, speakElement, stopSpeaking, type SpeechStatus } from './speech';

/**
 * "Listen" for one card, step or question on its own (the page's Listen control reads everything). It reads
 * the element with the given id, at the speed and in the voice from "My settings". Hidden without JavaScript.
 */
export function ListenButton({ targetId, label }: { targetId: string; label: string }) {
  const [status, setStatus] = useState<SpeechStatus>('idle');
  const run = useRef(0);

  useEffect(() => {
    const unsubscribe = onOtherSpeechStarted(() => run.current, () => setStatus('idle'));
    return unsubscribe;
  }, []);

  function toggle() {
    if (status === 'playing') {
      stopSpeaking();
      setStatus('idle');
      return;
    }
    const target = document.getElementById(targetId);
    if (!canSpeak() || !target) {
      setStatus('unsupported');
      return;
    }
    run.current = speakElement(target, setStatus);
  }

  return (
    <span className="needs-js inline-flex flex-col gap-1" data-read-aloud="skip">
      <button
        type="button"
        onClick={toggle}
        aria-label={status === 'playing' ? `Stop reading ${label}` : `Listen to ${label}`}
        className="inline-flex min-h-11 cursor-pointer items-center gap-2 self-start border-2 border-ink bg-paper px-3 py-1 text-base font-bold text-ink hover:bg-canvas"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="currentColor">
          {status === 'playing' ? (
            <path d="M6 6h12v12H6z" />
          ) : (
            <path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z" />
          )}
        </svg>
        {status === 'playing' ? 'Stop' : 'Listen'}
      </button>
      <span role="status" className="empty:hidden">
        {status === 'unsupported' || status === 'failed' ? 'This device cannot read aloud.' : ''}
      </span>
    </span>
  );
}
