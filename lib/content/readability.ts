import { syllable } from 'syllable';
import { sentencesOf, wordCount } from './check';

/**
 * How hard a page is to read, by the Flesch–Kincaid grade formula, given as a UK reading age (US grade + 5).
 * Input: the page's text blocks (headings, paragraphs, list items, labels…): a block without a full stop,
 * like a heading or a button, counts as a sentence of its own. The formula is rough on short, list-like UI
 * text, so we use it as a figure to watch and a ceiling to hold, beside the word checks in check.ts.
 */
export type Readability = { words: number; sentences: number; syllables: number; readingAge: number };

export function readabilityOf(blocks: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const sentence of sentencesOf(block)) {
      const count = wordCount(sentence);
      if (count === 0) continue;
      sentences += 1;
      words += count;
      syllables += sentence
        .split(/\s+/)
        .filter((word) => /[A-Za-z]/.test(word))
        .reduce((total, word) => total + syllable(word.replace(/[^A-Za-z'’-]/g, '')), 0);
    }
  }
  if (words === 0) return { words, sentences, syllables, readingAge: 0 };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  // A grade below 0 (very short words and sentences) is still "a 5-year-old can read it".
  const readingAge = Math.round((Math.max(grade, 0) + 5) * 10) / 10;
  return { words, sentences, syllables, readingAge };
}
