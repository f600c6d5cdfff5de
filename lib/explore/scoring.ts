import type { ExploreAnswers } from './answers';
import { LIKE_CHOICES, type LikeTag, WAY_CHOICES, type WayTag } from './questions';
import { KINDS_OF_WORK, type KindOfWork } from './work';

/*
 * How answers become a ranked list of kinds of work. Deliberately simple, so an adviser (or the young
 * person) can check it by hand:
 *
 *   +3  for each thing you enjoy that the kind of work involves (+1 more if it is the main thing it involves)
 *   +1  for each way you like to work that fits it
 *   +1  when you have no qualifications yet and there is a way in that needs none
 *   -2  when you have no qualifications yet and most ways in need some
 *
 * Ties (and skipping every question) fall back to BROAD_ORDER: a spread of kinds of work with lots of local
 * openings and ways in that need no qualifications, so someone who skips everything still gets sensible,
 * varied ideas. How far you can travel does not change the ranking; it picks the local options.
 */

export const SCORES = { like: 3, mainLike: 1, way: 1, canStartNow: 1, needsQualifications: -2 } as const;

/** The order for ties: varied areas of work, easy ways in, lots of local openings. */
export const BROAD_ORDER: readonly string[] = [
  'shop',
  'care-worker',
  'builder',
  'chef',
  'office',
  'mechanic',
  'hairdresser',
  'nursery',
  'driver',
  'try-out',
];

export type ExploreMatch = {
  kind: KindOfWork;
  score: number;
  /** What you said that fits, in the question's own order. */
  matchedLikes: LikeTag[];
  matchedWays: WayTag[];
  /** Plain words: "You like fixing things and driving. You can start without qualifications." */
  reason: string;
};

const LIKE_REASON = new Map(LIKE_CHOICES.map((choice) => [choice.value, choice.reason]));
const WAY_REASON = new Map(WAY_CHOICES.map((choice) => [choice.value, choice.reason]));

/** "a", "a and b", "a, b and c". */
export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function describeReason(kind: KindOfWork, matchedLikes: LikeTag[], matchedWays: WayTag[], answers: ExploreAnswers): string {
  // At most three things, enjoyment first: a reason has to be short enough to read at a glance.
  const phrases = [...matchedLikes.map((tag) => LIKE_REASON.get(tag)!), ...matchedWays.map((tag) => WAY_REASON.get(tag)!)].slice(0, 3);
  const sentences = [phrases.length > 0 ? `You like ${joinWords(phrases)}.` : 'Lots of young people start here.'];
  if (answers.now === 'none') {
    sentences.push(
      kind.canStartWithoutQualifications
        ? 'You can start without qualifications.'
        : 'You may need some qualifications first, and there are courses to help.',
    );
  }
  return sentences.join(' ');
}

function broadPosition(slug: string): number {
  const index = BROAD_ORDER.indexOf(slug);
  return index === -1 ? BROAD_ORDER.length : index;
}

/** Scores one kind of work against the answers. */
export function scoreKindOfWork(kind: KindOfWork, answers: ExploreAnswers): ExploreMatch {
  const matchedLikes = answers.like.filter((tag) => kind.likes.includes(tag));
  const matchedWays = answers.way.filter((tag) => kind.ways.includes(tag));
  let score = matchedLikes.length * SCORES.like + matchedWays.length * SCORES.way;
  if (kind.likes[0] && matchedLikes.includes(kind.likes[0])) score += SCORES.mainLike;
  if (answers.now === 'none') score += kind.canStartWithoutQualifications ? SCORES.canStartNow : SCORES.needsQualifications;
  return { kind, score, matchedLikes, matchedWays, reason: describeReason(kind, matchedLikes, matchedWays, answers) };
}

/** Every kind of work, best match first. */
export function rankKindsOfWork(answers: ExploreAnswers, kinds: readonly KindOfWork[] = KINDS_OF_WORK): ExploreMatch[] {
  return kinds
    .map((kind, position) => ({ match: scoreKindOfWork(kind, answers), position }))
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        broadPosition(a.match.kind.slug) - broadPosition(b.match.kind.slug) ||
        a.position - b.position,
    )
    .map(({ match }) => match);
}

/** How many kinds of work the matches page shows in full, with local options under each. */
export const TOP_MATCHES = 5;
