'use client';

import Link from 'next/link';
import { useEffect, useOptimistic, useRef, useState, useTransition } from 'react';
import { READING_SPEEDS, type ReadingSpeed, type Sentence, splitSentences } from '@/lib/read-aloud/sentences';

type Spoken = { text: string; range: Range };
type Status = 'idle' | 'playing' | 'paused' | 'unsupported' | 'failed';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,label,legend,summary,caption,figcaption,blockquote';
const SKIP = '[aria-hidden="true"],[hidden],script,style,noscript,[data-read-aloud="skip"]';
const HIGHLIGHT = 'read-aloud';

/** The readable sentences of the main content, in order, each with the stretch of page it covers. */
function collectSentences(root: HTMLElement): Spoken[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest(SKIP)) return NodeFilter.FILTER_REJECT;
      // Text the person cannot see (closed "More choices", display:none) is not read either.
      return parent.getClientRects().length === 0 ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  const groups: { block: Element; nodes: Text[] }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = text.parentElement!.closest(BLOCKS) ?? text.parentElement!;
    const last = groups.at(-1);
    if (last && last.block === block) last.nodes.push(text);
    else groups.push({ block, nodes: [text] });
  }
  return groups.flatMap(({ nodes }) => {
    const starts: number[] = [];
    let length = 0;
    for (const node of nodes) {
      starts.push(length);
      length += node.data.length;
    }
    const locate = (offset: number) => {
      let index = starts.findLastIndex((start) => start <= offset);
      if (index < 0) index = 0;
      return { node: nodes[index]!, offset: Math.min(offset - starts[index]!, nodes[index]!.data.length) };
    };
    return splitSentences(nodes.map((node) => node.data).join('')).map((sentence: Sentence) => {
      const range = document.createRange();
      const start = locate(sentence.start);
      const end = locate(sentence.end);
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return { text: sentence.text.replace(/\s+/g, ' '), range };
    });
  });
}

function highlight(range: Range | null) {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  if (range) registry.set(HIGHLIGHT, new HighlightClass(range));
  else registry.delete(HIGHLIGHT);
}

/**
 * "Listen to this page": reads the main content aloud with the browser's own speech (no outside service),
 * a sentence at a time, highlighting the sentence being read. Pause, carry on, stop, and a speed that is
 * remembered with the person's other settings. Where the browser cannot speak, or JavaScript is off, it says
 * so plainly.
 */
export function ReadAloud({
  speed: savedSpeed,
  voice,
  onSpeedChange,
}: {
  /** From "My settings" (the settings cookie), so the first render already knows it. */
  speed: ReadingSpeed;
  voice: string;
  onSpeedChange: (speed: ReadingSpeed) => Promise<void>;
}) {
  const [status, setStatus] = useState<Status>('idle');
  const [speed, setSpeed] = useOptimistic(savedSpeed);
  const [, startTransition] = useTransition();
  const run = useRef(0);

  useEffect(() => {
    return () => {
      run.current += 1;
      window.speechSynthesis?.cancel();
      highlight(null);
    };
  }, []);

  function stop() {
    run.current += 1;
    window.speechSynthesis?.cancel();
    highlight(null);
    setStatus('idle');
  }

  function start() {
    if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') {
      setStatus('unsupported');
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    const sentences = collectSentences(main);
    const thisRun = ++run.current;
    window.speechSynthesis.cancel();
    const speak = (index: number) => {
      if (run.current !== thisRun) return;
      const sentence = sentences[index];
      if (!sentence) {
        highlight(null);
        setStatus('idle');
        return;
      }
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.lang = voice;
      const matchingVoice = window.speechSynthesis.getVoices().find((candidate) => candidate.lang.replace('_', '-') === voice);
      if (matchingVoice) utterance.voice = matchingVoice;
      utterance.rate = READING_SPEEDS[speed];
      utterance.onend = () => speak(index + 1);
      utterance.onerror = (event) => {
        if (run.current !== thisRun || event.error === 'interrupted' || event.error === 'canceled') return;
        highlight(null);
        setStatus('failed');
      };
      highlight(sentence.range);
      sentence.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      window.speechSynthesis.speak(utterance);
    };
    setStatus('playing');
    speak(0);
  }


  const button = 'inline-flex min-h-11 cursor-pointer items-center gap-2 border-2 border-ink bg-paper px-3 py-1 font-bold text-ink hover:bg-canvas';
  return (
    <section aria-label="Read aloud" className="flex flex-wrap items-center gap-2">
      <noscript>
        <style>{'.needs-js{display:none!important}'}</style>
        <p>To hear this page read aloud, turn on JavaScript, or use your phone’s own screen reader.</p>
      </noscript>
      {status === 'playing' ? (
        <button type="button" className={button} onClick={() => { window.speechSynthesis.pause(); setStatus('paused'); }}>
          Pause
        </button>
      ) : status === 'paused' ? (
        <button type="button" className={button} onClick={() => { window.speechSynthesis.resume(); setStatus('playing'); }}>
          Carry on
        </button>
      ) : (
        <button type="button" className={`${button} needs-js`} onClick={start}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="currentColor">
            <path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
          </svg>
          Listen to this page
        </button>
      )}
      {status === 'playing' || status === 'paused' ? (
        <button type="button" className={button} onClick={stop}>
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
        {status === 'unsupported'
          ? 'This browser cannot read pages aloud. Try Chrome, Edge or Safari, or your phone’s own screen reader.'
          : status === 'failed'
            ? 'Reading aloud did not work on this device. Your phone’s own screen reader can read the page instead.'
            : ''}
      </p>
    </section>
  );
}
