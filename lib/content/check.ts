/**
 * The plain-words check for anything a young person reads (reading age about 9). Pure: the test in
 * ui-text.test.ts runs it over every UI string in the code, so a long sentence or a banned word fails CI.
 */

/** Words we never show, with what to say instead. "NEET" labels young people; we never use it. */
export const BANNED_WORDS: readonly { pattern: RegExp; word: string; instead: string }[] = [
  { pattern: /\bNEETs?\b/, word: 'NEET', instead: 'say what the young person is looking for, e.g. "looking for work or training"' },
  { pattern: /not in education,? employment,? or training/i, word: 'not in education, employment or training', instead: 'looking for work or training' },
  { pattern: /\butili[sz](e|es|ed|ing|ation)\b/i, word: 'utilise', instead: 'use' },
  { pattern: /\bcommenc(e|es|ed|ing|ement)\b/i, word: 'commence', instead: 'start' },
  { pattern: /\bfacilitat(e|es|ed|ing)\b/i, word: 'facilitate', instead: 'help' },
  { pattern: /\bprior to\b/i, word: 'prior to', instead: 'before' },
  { pattern: /\bwhilst\b/i, word: 'whilst', instead: 'while' },
  { pattern: /\bin accordance with\b/i, word: 'in accordance with', instead: 'under / as … says' },
  { pattern: /\bin order to\b/i, word: 'in order to', instead: 'to' },
  { pattern: /\bherein|hereby|aforementioned|pursuant\b/i, word: 'legal words', instead: 'plain words' },
  { pattern: /\bplease note\b/i, word: 'please note', instead: 'just say it' },
];

/** GOV.UK's advice is 25 words at most; our readers need it shorter still where we can. */
export const MAX_WORDS_PER_SENTENCE = 25;

export type ContentProblem = { kind: 'banned-word'; word: string; instead: string } | { kind: 'long-sentence'; words: number; sentence: string };

/** Splits text into sentences at . ! ? followed by a space (good enough for UI strings). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?][”"’']?)\s+(?=[A-Z0-9“"‘'(£])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => /[A-Za-z0-9£]/.test(word)).length;
}

/** What is wrong with one piece of UI text, if anything. */
export function checkContent(text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const banned of BANNED_WORDS) {
    if (banned.pattern.test(text)) problems.push({ kind: 'banned-word', word: banned.word, instead: banned.instead });
  }
  for (const sentence of sentencesOf(text)) {
    const words = wordCount(sentence);
    if (words > MAX_WORDS_PER_SENTENCE) problems.push({ kind: 'long-sentence', words, sentence });
  }
  return problems;
}
