/**
 * Splits text into sentences for reading aloud one at a time, keeping each sentence's position so the
 * page can highlight it. Pure, so it is unit-tested without a browser.
 */
export type Sentence = { text: string; start: number; end: number };

// A sentence ends at . ! ? or … (with any closing quotes or brackets) followed by a space or the end,
// so "£8.00" and "9.30am" stay whole.
const SENTENCE_END = /[.!?…]+["”’)]*(?=\s|$)/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) sentences.push({ text: trimmed, start: from + leading, end: from + leading + trimmed.length });
    from = to;
  };
  for (const match of text.matchAll(SENTENCE_END)) push((match.index ?? 0) + match[0].length);
  push(text.length);
  return sentences;
}

/** Reading speeds people can choose, as speechSynthesis rates. */
export const READING_SPEEDS = { slower: 0.75, normal: 1, faster: 1.3 } as const;
export type ReadingSpeed = keyof typeof READING_SPEEDS;
