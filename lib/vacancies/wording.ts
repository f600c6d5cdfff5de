/**
 * A simple check of a vacancy's words for ones that may be unlawful (Equality Act 2010: age, race, sex,
 * disability, religion) or unsafe for young people (cash in hand, unpaid trials). It only flags: a person at
 * the council decides. Phrases are matched as whole words, ignoring case and punctuation.
 */
const FLAGGED_PHRASES: readonly string[] = [
  // Age
  'young and energetic',
  'young and dynamic',
  'youthful',
  'recent graduate',
  'digital native',
  'no older',
  'must be under',
  // Race, nationality and religion
  'no foreigners',
  'british only',
  'english only',
  'native english',
  'no immigrants',
  'white only',
  'christians only',
  'no muslims',
  // Sex
  'men only',
  'women only',
  'male only',
  'female only',
  'girls only',
  'boys only',
  'must be male',
  'must be female',
  // Disability
  'no disabled',
  'able bodied',
  'no wheelchairs',
  // Unsafe
  'cash in hand',
  'no contract',
  'unpaid trial',
  'trial shift unpaid',
  'no questions asked',
  'bring your own tools',
  'pay to start',
];

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[‘’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/** The flagged phrases found in these texts, each once, in list order. */
export function flagWording(...texts: string[]): string[] {
  const haystack = normalise(texts.join(' '));
  return FLAGGED_PHRASES.filter((phrase) => haystack.includes(normalise(phrase)));
}
