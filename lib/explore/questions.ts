/*
 * The four questions of "Explore": what you enjoy, how you like to work, what you can do now and how far
 * you can travel. Every answer is a tag; kinds of work (work.ts) carry the same tags, and scoring.ts adds
 * them up. The words are for a reading age of 9, and each choice has a picture shipped under public/.
 */

export const LIKE_TAGS = [
  'fixing',
  'building',
  'caring',
  'children',
  'outdoors',
  'animals',
  'looks',
  'art',
  'music',
  'computers',
  'sport',
  'cooking',
  'driving',
  'talking',
  'numbers',
  'science',
] as const;
export type LikeTag = (typeof LIKE_TAGS)[number];

export const WAY_TAGS = ['hands', 'people', 'making', 'alone', 'team', 'indoors', 'outside'] as const;
export type WayTag = (typeof WAY_TAGS)[number];

export const NOW_CHOICES = ['none', 'gcses', 'more'] as const;
export type NowChoice = (typeof NOW_CHOICES)[number];

export const TRAVEL_CHOICES = ['walk', 'bus', 'train'] as const;
export type TravelChoice = (typeof TRAVEL_CHOICES)[number];

export type Choice<T extends string> = {
  value: T;
  /** The card's words. */
  label: string;
  /** How the choice reads inside "You like …" (the reason a kind of work matches). */
  reason: string;
  /** Under public/. */
  picture: string;
};

const category = (name: string) => `/images/categories/${name}.svg`;
const skill = (name: string) => `/images/skills/${name}.svg`;
const explore = (name: string) => `/images/explore/${name}.svg`;

export const LIKE_CHOICES: readonly Choice<LikeTag>[] = [
  { value: 'fixing', label: 'Fixing things', reason: 'fixing things', picture: category('fixing-machines') },
  { value: 'building', label: 'Building things', reason: 'building things', picture: category('building-and-construction') },
  { value: 'caring', label: 'Looking after people', reason: 'looking after people', picture: skill('looking-after-people') },
  { value: 'children', label: 'Playing with young children', reason: 'young children', picture: category('looking-after-children') },
  { value: 'outdoors', label: 'Being outdoors', reason: 'being outdoors', picture: category('looking-after-nature') },
  { value: 'animals', label: 'Animals', reason: 'animals', picture: category('dog-grooming') },
  { value: 'looks', label: 'Making things look good', reason: 'making things look good', picture: category('hair-and-beauty') },
  { value: 'art', label: 'Drawing and design', reason: 'drawing and design', picture: category('graphic-design') },
  { value: 'music', label: 'Music and dance', reason: 'music and dance', picture: explore('music') },
  { value: 'computers', label: 'Computers and games', reason: 'computers and games', picture: category('computers-and-it') },
  { value: 'sport', label: 'Sport', reason: 'sport', picture: category('sport-and-fitness') },
  { value: 'cooking', label: 'Cooking', reason: 'cooking', picture: category('food-and-cooking') },
  { value: 'driving', label: 'Driving', reason: 'driving', picture: category('transport-work') },
  { value: 'talking', label: 'Chatting to people', reason: 'chatting to people', picture: skill('talking-to-people') },
  { value: 'numbers', label: 'Numbers and money', reason: 'numbers and money', picture: skill('numbers') },
  { value: 'science', label: 'Science', reason: 'science', picture: category('science-and-labs') },
];

export const WAY_CHOICES: readonly Choice<WayTag>[] = [
  { value: 'hands', label: 'With my hands', reason: 'working with your hands', picture: skill('using-tools') },
  { value: 'people', label: 'With people', reason: 'working with people', picture: skill('talking-to-people') },
  { value: 'making', label: 'Making things', reason: 'making things', picture: skill('making-things') },
  { value: 'alone', label: 'On my own', reason: 'working on your own', picture: explore('on-my-own') },
  { value: 'team', label: 'In a team', reason: 'working in a team', picture: skill('teamwork') },
  { value: 'indoors', label: 'Indoors', reason: 'working indoors', picture: explore('indoors') },
  { value: 'outside', label: 'Outside', reason: 'working outside', picture: explore('outside') },
];

export const NOW_WORDS: Record<NowChoice, { label: string; hint: string; picture: string }> = {
  none: { label: 'No qualifications yet', hint: 'That is fine. Lots of ways in need none.', picture: explore('no-qualifications') },
  gcses: { label: 'Some GCSEs', hint: 'Or a Level 1 or Level 2 course', picture: explore('gcses') },
  more: { label: 'More than GCSEs', hint: 'Like A levels, a T level or a Level 3 course', picture: explore('more-qualifications') },
};

/** Rough distances for each way of getting about, in miles (said as rough on the page). */
export const TRAVEL_WORDS: Record<TravelChoice, { label: string; hint: string; miles: number; picture: string }> = {
  walk: { label: 'Walking', hint: 'Up to 2 miles', miles: 2, picture: explore('walking') },
  bus: { label: 'Bus', hint: 'Up to 10 miles', miles: 10, picture: explore('bus') },
  train: { label: 'Train', hint: 'Up to 20 miles', miles: 20, picture: explore('train') },
};

/** With a postcode but no way of travelling chosen, look this far. */
export const DEFAULT_TRAVEL_MILES = 10;

/** The steps in order: their URL segment, the question and its help. */
export const STEPS = [
  { slug: 'enjoy', title: 'What do you enjoy?', hint: 'Tap all the pictures you like.' },
  { slug: 'style', title: 'How do you like to work?', hint: 'Tap all that sound like you.' },
  { slug: 'now', title: 'What qualifications do you have?', hint: 'Choose one. This helps us show things you can start now.' },
  { slug: 'travel', title: 'How far can you travel?', hint: 'Choose how you get about. Add your postcode to see what is near you.' },
] as const;
export type StepSlug = (typeof STEPS)[number]['slug'];

export function findStep(slug: string): { index: number; step: (typeof STEPS)[number] } | null {
  const index = STEPS.findIndex((step) => step.slug === slug);
  return index === -1 ? null : { index, step: STEPS[index]! };
}
