/**
 * Words young people use for a kind of work, and the words employers put in job titles. Searching any word
 * in a group also finds the others: "hairdressing" finds "Junior stylist", "mechanic" finds "Motor vehicle
 * training place". Full-text search (stemming) already joins "hairdresser" and "hairdressing"; this joins
 * different words. Typo tolerance is separate (trigram similarity on the title, in db/queries).
 * Keep groups narrow: every extra word widens every search that uses the group.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['hairdressing', 'hairdresser', 'hair stylist', 'stylist', 'barber', 'salon'],
  ['mechanic', 'motor vehicle', 'vehicle technician', 'car repair', 'garage', 'MOT'],
  ['chef', 'cook', 'kitchen', 'catering'],
  ['office', 'admin', 'administrator', 'administration', 'clerical', 'clerk', 'data entry'],
  ['care', 'carer', 'care assistant', 'care worker', 'caring', 'support worker'],
  ['builder', 'building', 'construction', 'bricklayer', 'labourer', 'building site'],
  ['shop', 'retail', 'sales assistant', 'shop assistant', 'checkout'],
  // "it" is a stop word to full-text search, so phrases with it in ("IT support") would lose it.
  ['IT', 'computer', 'help desk', 'digital support', 'network technician'],
  ['electrician', 'electrical', 'electrics', 'wiring'],
  ['plumber', 'plumbing', 'heating engineer', 'bathroom fitter'],
  ['childcare', 'nursery', 'early years', 'nanny', 'playworker', 'teaching assistant'],
  ['beauty', 'beautician', 'beauty therapist', 'nail technician', 'nails', 'make-up'],
  ['warehouse', 'picker', 'packer', 'forklift', 'delivery driver', 'despatch'],
  ['gardener', 'gardening', 'landscaper', 'grounds maintenance', 'horticulture'],
  ['waiter', 'waitress', 'waiting staff', 'café', 'restaurant', 'front of house'],
  ['engineer', 'engineering', 'machinist', 'toolmaker', 'CNC'],
  ['accounts', 'accountant', 'accounting', 'bookkeeper', 'bookkeeping', 'payroll'],
  ['joiner', 'joinery', 'carpenter', 'carpentry', 'woodwork'],
  ['customer service', 'customer adviser', 'call centre', 'contact centre', 'telesales'],
  ['cleaner', 'cleaning', 'caretaker', 'housekeeping'],
  ['army', 'soldier', 'forces', 'royal navy', 'military'],
  ['painter', 'decorator', 'decorating'],
  ['programmer', 'programming', 'coding', 'software developer', 'web developer'],
  ['sport', 'gym', 'fitness', 'lifeguard', 'leisure'],
];

/** Words that only count in capitals ("IT jobs", not "I like it"), unless they are the whole search. */
const CAPITALS_ONLY = new Set(['it']);
/** A long search with several synonym words keeps only this many combinations, so the query stays small. */
const MAX_EXPANSIONS = 12;

type Token = { word: string; raw: string };

function tokenise(text: string): Token[] {
  return text
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => ({ raw, word: raw.toLowerCase().replace(/^-+|-+$/g, '') }))
    .filter((token) => token.word.length > 0);
}

/** "mechanics" counts as "mechanic"; "chefs" as "chef". Only a plain plural "s" is ignored. */
function sameWord(queryWord: string, termWord: string): boolean {
  return queryWord === termWord || queryWord === `${termWord}s` || `${queryWord}s` === termWord;
}

type Match = { start: number; length: number; group: readonly string[] };

/** The longest synonym term starting at each position, left to right, without overlaps. */
function findMatches(tokens: Token[]): Match[] {
  const matches: Match[] = [];
  let index = 0;
  while (index < tokens.length) {
    let best: Match | null = null;
    for (const group of SYNONYM_GROUPS) {
      for (const term of group) {
        const termWords = term.toLowerCase().split(' ');
        if (index + termWords.length > tokens.length) continue;
        const isMatch = termWords.every((termWord, offset) => {
          const token = tokens[index + offset]!;
          const needsCapitals = CAPITALS_ONLY.has(termWord) && termWords.length === 1 && tokens.length > 1;
          if (needsCapitals && token.raw !== token.raw.toUpperCase()) return false;
          return sameWord(token.word, termWord);
        });
        if (isMatch && (!best || termWords.length > best.length)) best = { start: index, length: termWords.length, group };
      }
    }
    if (best) {
      matches.push(best);
      index += best.length;
    } else {
      index += 1;
    }
  }
  return matches;
}

/** A term for websearch_to_tsquery: a single word as it is, several words as a quoted phrase. */
function asSearchTerm(words: string[]): string {
  return words.length > 1 ? `"${words.join(' ')}"` : (words[0] ?? '');
}

/**
 * Expands a search into a websearch_to_tsquery OR-query: each word that belongs to a synonym group is
 * swapped in turn for each other word in its group, keeping the rest of the search.
 * "junior hairdressing" → `junior hairdressing or junior hairdresser or junior "hair stylist" or …`.
 * Returns the search unchanged when no word has synonyms.
 */
export function expandSearch(q: string): string {
  // "chef or cook": each side of an "or" the person typed is expanded on its own.
  const sides = q.split(/\s+or\s+/i);
  const expanded = sides.map(expandSide);
  if (expanded.every((side, index) => side === null || side === sides[index])) return q;
  return expanded.map((side, index) => side ?? sides[index]).filter(Boolean).join(' or ');
}

function expandSide(q: string): string | null {
  const tokens = tokenise(q);
  const matches = findMatches(tokens);
  if (matches.length === 0) return null;

  // One list of alternatives per position: a matched term's whole group, or the word itself.
  const slots: string[][] = [];
  let index = 0;
  for (const match of matches) {
    while (index < match.start) slots.push([tokens[index++]!.word]);
    const own = asSearchTerm(tokens.slice(match.start, match.start + match.length).map((token) => token.word));
    const others = match.group.map((term) => asSearchTerm(term.toLowerCase().split(' '))).filter((term) => term !== own);
    slots.push([own, ...others]);
    index = match.start + match.length;
  }
  while (index < tokens.length) slots.push([tokens[index++]!.word]);

  // Every combination, the person's own words first, up to a limit so a long search stays a small query.
  let combinations: string[][] = [[]];
  for (const slot of slots) {
    combinations = combinations.flatMap((prefix) => slot.map((term) => [...prefix, term])).slice(0, MAX_EXPANSIONS);
  }
  return combinations.map((words) => words.join(' ')).join(' or ');
}
