import { withoutControlCharacters } from '@/lib/security/clean-text';
import {
  DEFAULT_TRAVEL_MILES,
  LIKE_TAGS,
  type LikeTag,
  NOW_CHOICES,
  type NowChoice,
  STEPS,
  type StepSlug,
  TRAVEL_CHOICES,
  TRAVEL_WORDS,
  type TravelChoice,
  WAY_TAGS,
  type WayTag,
} from './questions';

/**
 * Everything a young person answered. It lives in the URL (never in a cookie or the database unless they
 * press Save), so each step is a plain GET form and the results are a link they can share.
 */
export type ExploreAnswers = {
  like: LikeTag[];
  way: WayTag[];
  now?: NowChoice;
  travel?: TravelChoice;
  postcode?: string;
};

export const NO_ANSWERS: ExploreAnswers = { like: [], way: [] };

type Params = Record<string, string | string[] | undefined>;

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function pickAll<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T[] {
  const wanted = new Set(all(value));
  // In the question's own order, once each: a shared link reads the same however it was typed.
  return allowed.filter((tag) => wanted.has(tag));
}

function pickOne<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  return all(value).find((item): item is T => (allowed as readonly string[]).includes(item));
}

/**
 * Reads the answers from URL parameters. Lenient on purpose: an unknown or mistyped answer in a shared
 * link is dropped, not an error. Only the postcode is checked later, because the person typed it.
 */
export function parseExploreAnswers(params: Params): ExploreAnswers {
  const postcode = withoutControlCharacters(all(params.postcode)[0])?.trim().slice(0, 10);
  return {
    like: pickAll(params.like, LIKE_TAGS),
    way: pickAll(params.way, WAY_TAGS),
    now: pickOne(params.now, NOW_CHOICES),
    travel: pickOne(params.travel, TRAVEL_CHOICES),
    postcode: postcode || undefined,
  };
}

/** Which answers each step asks for (so a step's form leaves its own out of the hidden fields). */
const STEP_FIELDS: Record<StepSlug, (keyof ExploreAnswers)[]> = {
  enjoy: ['like'],
  style: ['way'],
  now: ['now'],
  travel: ['travel', 'postcode'],
};

/** The answers as name/value pairs, for a query string or a form's hidden fields. */
export function answerPairs(answers: ExploreAnswers, { leaveOut }: { leaveOut?: StepSlug } = {}): [string, string][] {
  const skip = new Set(leaveOut ? STEP_FIELDS[leaveOut] : []);
  const pairs: [string, string][] = [];
  if (!skip.has('like')) for (const tag of answers.like) pairs.push(['like', tag]);
  if (!skip.has('way')) for (const tag of answers.way) pairs.push(['way', tag]);
  if (!skip.has('now') && answers.now) pairs.push(['now', answers.now]);
  if (!skip.has('travel') && answers.travel) pairs.push(['travel', answers.travel]);
  if (!skip.has('postcode') && answers.postcode) pairs.push(['postcode', answers.postcode]);
  return pairs;
}

/** A path with the answers on it: "/explore/matches?like=fixing&now=none". */
export function exploreHref(path: string, answers: ExploreAnswers, options: { leaveOut?: StepSlug } = {}): string {
  const query = new URLSearchParams(answerPairs(answers, options)).toString();
  return query ? `${path}?${query}` : path;
}

/** Where a step's form goes next: the following step, or the matches after the last one. */
export function nextStepPath(slug: StepSlug): string {
  const index = STEPS.findIndex((step) => step.slug === slug);
  const next = STEPS[index + 1];
  return next ? `/explore/${next.slug}` : '/explore/matches';
}

/** The step before, or the start page before the first. */
export function previousStepPath(slug: StepSlug): string {
  const index = STEPS.findIndex((step) => step.slug === slug);
  const previous = STEPS[index - 1];
  return previous ? `/explore/${previous.slug}` : '/explore';
}

export function hasAnyAnswer(answers: ExploreAnswers): boolean {
  return answers.like.length > 0 || answers.way.length > 0 || Boolean(answers.now || answers.travel || answers.postcode);
}

/** How far to look from the postcode: the chosen way of travelling, else a bus ride. */
export function travelMiles(answers: Pick<ExploreAnswers, 'travel'>): number {
  return answers.travel ? TRAVEL_WORDS[answers.travel].miles : DEFAULT_TRAVEL_MILES;
}
