import { READING_SPEEDS, type ReadingSpeed, type Sentence, splitSentences } from '@/lib/read-aloud/sentences';

// The browser's own speech (no outside service), shared by "Listen to this page" and each section's own
// Listen button. One thing speaks at a time: starting one stops the other, and tells it so by an event.

export type Spoken = { text: string; range: Range };

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


export type SpeechStatus = 'idle' | 'playing' | 'paused' | 'unsupported' | 'failed';

const STARTED_EVENT = 'ns-read-aloud-started';
let currentRun = 0;
/** The page's recording, while it plays in place of the browser's voice. */
let playing: { audio: HTMLAudioElement; cleanUp: () => void } | null = null;

export function canSpeak(): boolean {
  return 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** The speed and voice from "My settings", which the server writes on <html>. */
function chosenSpeedAndVoice(): { rate: number; voice: string } {
  const { readingSpeed, voice } = document.documentElement.dataset;
  const rate = readingSpeed && readingSpeed in READING_SPEEDS ? READING_SPEEDS[readingSpeed as ReadingSpeed] : 1;
  return { rate, voice: voice || 'en-GB' };
}

/**
 * Reads an element's visible text aloud, a sentence at a time, highlighting the sentence being read.
 * Returns the run's number; onStatus hears 'idle' at the end and 'failed' if the device cannot.
 */
export function speakElement(root: HTMLElement, onStatus: (status: SpeechStatus) => void, speed?: ReadingSpeed): number {
  const sentences = collectSentences(root);
  const thisRun = ++currentRun;
  if (playing) {
    playing.audio.pause();
    playing.cleanUp();
  }
  window.speechSynthesis.cancel();
  window.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail: thisRun }));
  const chosen = chosenSpeedAndVoice();
  const rate = speed ? READING_SPEEDS[speed] : chosen.rate;
  const matchingVoice = window.speechSynthesis.getVoices().find((candidate) => candidate.lang.replace('_', '-') === chosen.voice);
  const speak = (index: number) => {
    if (currentRun !== thisRun) return;
    const sentence = sentences[index];
    if (!sentence) {
      highlight(null);
      onStatus('idle');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = chosen.voice;
    if (matchingVoice) utterance.voice = matchingVoice;
    utterance.rate = rate;
    utterance.onend = () => speak(index + 1);
    utterance.onerror = (event) => {
      if (currentRun !== thisRun || event.error === 'interrupted' || event.error === 'canceled') return;
      highlight(null);
      onStatus('failed');
    };
    highlight(sentence.range);
    sentence.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    window.speechSynthesis.speak(utterance);
  };
  onStatus('playing');
  speak(0);
  return thisRun;
}

/** The page's own recording (components/read-aloud/page-recording.tsx), if it has one. */
export function pageRecordingIn(root: HTMLElement): HTMLAudioElement | null {
  return root.querySelector<HTMLAudioElement>('audio[data-page-recording]');
}

/**
 * Plays a page's recording in place of the browser's voice, at the chosen speed, highlighting the sentence
 * being heard. The recording's sentence times (`data-starts`) are matched to the page's sentences by order; if
 * their numbers differ (the words changed since it was recorded), it plays without highlighting.
 */
export function playRecording(root: HTMLElement, audio: HTMLAudioElement, onStatus: (status: SpeechStatus) => void, speed?: ReadingSpeed): number {
  const sentences = collectSentences(root);
  const starts = JSON.parse(audio.dataset.starts ?? '[]') as number[];
  const lined = starts.length === sentences.length;
  stopSpeaking();
  const thisRun = currentRun;
  window.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail: thisRun }));
  const onTime = () => {
    if (!lined) return;
    const index = starts.findLastIndex((start) => start <= audio.currentTime);
    highlight(sentences[index]?.range ?? null);
  };
  const onEnd = () => {
    cleanUp();
    onStatus('idle');
  };
  const cleanUp = () => {
    audio.removeEventListener('timeupdate', onTime);
    audio.removeEventListener('ended', onEnd);
    highlight(null);
    if (playing?.audio === audio) playing = null;
  };
  audio.addEventListener('timeupdate', onTime);
  audio.addEventListener('ended', onEnd);
  playing = { audio, cleanUp };
  audio.currentTime = 0;
  audio.playbackRate = speed ? READING_SPEEDS[speed] : chosenSpeedAndVoice().rate;
  onStatus('playing');
  audio.play().catch(() => {
    if (currentRun !== thisRun) return;
    cleanUp();
    onStatus('failed');
  });
  return thisRun;
}

export function pauseSpeaking() {
  if (playing) playing.audio.pause();
  else window.speechSynthesis?.pause();
}

export function resumeSpeaking() {
  if (playing) void playing.audio.play();
  else window.speechSynthesis?.resume();
}

export function stopSpeaking() {
  currentRun += 1;
  if (playing) {
    playing.audio.pause();
    playing.cleanUp();
  }
  window.speechSynthesis?.cancel();
  highlight(null);
}

/** Calls back when something else starts speaking, so a control can go back to "Listen". */
export function onOtherSpeechStarted(runOf: () => number, callback: () => void): () => void {
  const listener = (event: Event) => {
    if ((event as CustomEvent<number>).detail !== runOf()) callback();
  };
  window.addEventListener(STARTED_EVENT, listener);
  return () => window.removeEventListener(STARTED_EVENT, listener);
}
