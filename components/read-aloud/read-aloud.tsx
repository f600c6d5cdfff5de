'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useOptimistic, useRef, useState, useTransition } from 'react';
import { READING_SPEEDS, type ReadingSpeed } from '@/lib/read-aloud/sentences';
import {
  canSpeak,
  onOtherSpeechStarted,
  pageRecordingIn,
  pauseSpeaking,
  playRecording,
  resumeSpeaking,
  speakElement,
  stopSpeaking,
  type SpeechStatus,
} from './speech';

/**
 * "Listen to this page": reads the main content aloud with the browser's own speech (no outside service),
 * a sentence at a time, highlighting the sentence being read. Pause, carry on, stop, and a speed that is
 * remembered with the person's other settings. Where the browser cannot speak, or JavaScript is off, it says
 * so plainly.
 */
export function ReadAloud({
  speed: savedSpeed,
  onSpeedChange,
}: {
  /** From "My settings" (the settings cookie), so the first render already knows it. */
  speed: ReadingSpeed;
  onSpeedChange: (speed: ReadingSpeed) => Promise<void>;
}) {
  const [status, setStatus] = useState<SpeechStatus>('idle');
  /** The page has a recording of itself, which plays in place of the browser's voice. */
  const [isRecording, setIsRecording] = useState(false);
  const [speed, setSpeed] = useOptimistic(savedSpeed);
  const [, startTransition] = useTransition();
  const run = useRef(0);
  const toggle = useRef<HTMLButtonElement>(null);
  // Stop goes away when reading stops or ends. If it had the focus, the focus moves to the Listen button
  // instead of being lost (keyboard users would be sent back to the top of the page).
  const keepFocusWhenStopGoes = useCallback((stopButton: HTMLButtonElement | null) => {
    if (!stopButton) return;
    return () => {
      if (document.activeElement === stopButton) toggle.current?.focus();
    };
  }, []);

  // Moving to another page stops reading: what was being read (or its recording) is no longer on screen.
  const pathname = usePathname();
  const [readPath, setReadPath] = useState(pathname);
  if (pathname !== readPath) {
    setReadPath(pathname);
    setStatus('idle');
  }
  useEffect(() => stopSpeaking, [pathname]);

  useEffect(() => {
    const unsubscribe = onOtherSpeechStarted(() => run.current, () => setStatus('idle'));
    return () => {
      unsubscribe();
      stopSpeaking();
    };
  }, []);

  function stop() {
    stopSpeaking();
    setStatus('idle');
  }

  function start() {
    const main = document.getElementById('main');
    const recording = main ? pageRecordingIn(main) : null;
    setIsRecording(Boolean(recording));
    if (main && recording) {
      run.current = playRecording(main, recording, setStatus, speed);
      return;
    }
    if (!canSpeak()) {
      setStatus('unsupported');
      return;
    }
    if (main) run.current = speakElement(main, setStatus, speed);
  }

  const button = 'inline-flex min-h-11 cursor-pointer items-center gap-2 border-2 border-ink bg-paper px-3 py-1 font-bold text-ink hover:bg-canvas';
  return (
    <section aria-label="Read aloud" className="flex flex-wrap items-center gap-2">
      <noscript>
        <style>{'.needs-js{display:none!important}'}</style>
        <p>To hear this page read aloud, turn on JavaScript, or use your phone’s own screen reader.</p>
      </noscript>
      {status === 'playing' ? (
        <button ref={toggle} type="button" className={button} onClick={() => { pauseSpeaking(); setStatus('paused'); }}>
          Pause
        </button>
      ) : status === 'paused' ? (
        <button ref={toggle} type="button" className={button} onClick={() => { resumeSpeaking(); setStatus('playing'); }}>
          Carry on
        </button>
      ) : (
        <button ref={toggle} type="button" className={`${button} needs-js`} onClick={start}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="currentColor">
            <path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
          </svg>
          Listen to this page
        </button>
      )}
      {status === 'playing' || status === 'paused' ? (
        <button ref={keepFocusWhenStopGoes} type="button" className={button} onClick={stop}>
          Stop
        </button>
      ) : null}
      <div role="group" aria-label="Reading speed" className="needs-js flex flex-wrap gap-1">
        {(Object.keys(READING_SPEEDS) as ReadingSpeed[]).map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={speed === choice}
            onClick={() =>
              startTransition(async () => {
                setSpeed(choice);
                await onSpeedChange(choice);
              })
            }
            className="min-h-11 min-w-11 cursor-pointer border-2 border-line bg-paper px-2 text-base capitalize text-ink aria-pressed:border-ink aria-pressed:font-bold aria-pressed:underline"
          >
            {choice}
          </button>
        ))}
      </div>
      <Link href="/settings" className="inline-flex min-h-11 items-center">
        My settings
      </Link>
      <p role="status" className="w-full empty:hidden">
        {isRecording && (status === 'playing' || status === 'paused')
          ? 'Playing the recording of this page.'
          : status === 'unsupported'
          ? 'This browser cannot read pages aloud. Try Chrome, Edge or Safari, or your phone’s own screen reader.'
          : status === 'failed'
            ? 'Reading aloud did not work on this device. Your phone’s own screen reader can read the page instead.'
            : ''}
      </p>
    </section>
  );
}
