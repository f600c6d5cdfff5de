// Spelling mistakes in a search ("hairdresing", "mechnic"), corrected against the words used in the area's
// vacancy titles. Pure: the words come from the database (db/queries/vacancies.ts `findTitleWords`), kept
// like the picture cards' counts, so a misspelt search is a lookup in a few thousand words instead of a
// trigram match over every title (decision 014).

/** Word trigrams as PostgreSQL's pg_trgm makes them: two spaces before the word and one after. */
export function trigramsOf(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const found = new Set<string>();
  for (let at = 0; at + 3 <= padded.length; at += 1) found.add(padded.slice(at, at + 3));
  return found;
}

/** Shared trigrams over all trigrams of the two words (pg_trgm's `similarity`), 0 to 1. */
export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const trigram of a) if (b.has(trigram)) shared += 1;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

/** How alike a word must be to a title word to be taken as a misspelling of it. */
export const SPELLING_THRESHOLD = 0.4;
/** Shorter words are left alone: "cat" is as close to "car" as to "chat". */
const SHORTEST_CORRECTED = 4;

/**
 * The search with each word that is not a title word replaced by the most alike title word, or null when no
 * word could be corrected (the search stays as it was and finds nothing). Letters only; case ignored.
 */
export function correctSpelling(q: string, titleWords: readonly string[]): string | null {
  const known = new Set(titleWords);
  const candidates = titleWords.map((word) => ({ word, trigrams: trigramsOf(word) }));
  let changed = false;
  const words = (q.toLowerCase().match(/[a-z]+/g) ?? []).map((word) => {
    if (word.length < SHORTEST_CORRECTED || known.has(word)) return word;
    const trigrams = trigramsOf(word);
    let best: { word: string; score: number } | null = null;
    for (const candidate of candidates) {
      const score = trigramSimilarity(trigrams, candidate.trigrams);
      if (score < SPELLING_THRESHOLD) continue;
      const isBetter =
        !best ||
        score > best.score ||
        (score === best.score && Math.abs(candidate.word.length - word.length) < Math.abs(best.word.length - word.length)) ||
        (score === best.score && candidate.word.length === best.word.length && candidate.word < best.word);
      if (isBetter) best = { word: candidate.word, score };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? words.join(' ') : null;
}
