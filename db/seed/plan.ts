// Pure planning for the demo: turns the 2008 tables into rows-to-be (titles, counts, places) without touching
// the database, so unit tests can check the figures add up.

import { findKindForEmployment, findKindForTraining } from './data/categories';
import {
  EMPLOYMENT_VACANCIES_2008,
  OPEN_ENDED_PLACES_CODE,
  TRAINING_PLACES_2008,
} from './data/source-tables';
import { EMPLOYMENT_TITLE_PARTS, TRAINING_TITLES, type TitleParts } from './data/vacancy-titles';
import { createRandom, seedFromText, type Random } from './random';

/** Lower-case words joined by hyphens: "Hairdressing (Level 2)" → "hairdressing-level-2". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Makes `slug` unique within `taken` by adding -2, -3…, and records it. */
export function claimSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** A title with "apprentice" in it is an apprenticeship; any other is a job. */
export function isApprenticeshipTitle(title: string): boolean {
  return /apprentice/i.test(title);
}

/** Every title the parts can make: the plain roles first, then each "role – workplace" pair. */
export function allTitles(parts: TitleParts): string[] {
  const pairs = (parts.settings ?? []).flatMap((setting) => parts.roles.map((role) => `${role} – ${setting}`));
  return [...new Set([...parts.roles, ...pairs])];
}

/** `count` distinct titles: all plain roles that fit, then pairs in a stable random order. */
export function makeTitles(parts: TitleParts, count: number, random: Random): string[] {
  const roles = parts.roles.slice(0, count);
  const pairs = random.shuffle(allTitles(parts).slice(parts.roles.length));
  const titles = [...roles, ...pairs].slice(0, count);
  if (titles.length < count) {
    throw new Error(`Only ${titles.length} titles can be made from "${parts.roles[0]}…", but ${count} are needed.`);
  }
  return titles;
}

/** Splits `total` into `parts` whole numbers of at least 1 that add up to `total`, roughly even with some spread. */
export function splitTotal(total: number, parts: number, random: Random): number[] {
  if (parts < 1 || total < parts) throw new Error(`Cannot split ${total} into ${parts} parts of at least 1.`);
  const weights = Array.from({ length: parts }, () => 0.6 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => 1 + Math.floor(((total - parts) * w) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts, left--) shares[i] = (shares[i] as number) + 1;
  return shares;
}

export type EmploymentPlan = {
  readonly source: string;
  readonly kindSlug: string;
  /** The distinct titles (Table 5's opportunity_types). */
  readonly titles: readonly string[];
  /** One title per vacancy (Table 5's vacancies); every distinct title is used at least once. */
  readonly vacancyTitles: readonly string[];
};

/** The 1,491 job and apprenticeship vacancies of Table 5, as titles per kind of work. */
export function planEmploymentVacancies(): EmploymentPlan[] {
  return EMPLOYMENT_VACANCIES_2008.map((row) => {
    const kind = findKindForEmployment(row.category);
    if (!kind) throw new Error(`No kind of work for Table 5 row "${row.category}".`);
    const parts = EMPLOYMENT_TITLE_PARTS[kind.slug];
    if (!parts) throw new Error(`No title words for kind "${kind.slug}".`);
    const random = createRandom(seedFromText(`employment:${row.category}`));
    const titles = makeTitles(parts, row.opportunityTypes, random);
    const extra = Array.from({ length: row.vacancies - titles.length }, () => random.pick(titles));
    return { source: row.category, kindSlug: kind.slug, titles, vacancyTitles: [...titles, ...extra] };
  });
}

export type TrainingPlan = {
  readonly source: string;
  readonly kindSlug: string;
  readonly titles: readonly string[];
  /** The source's figure, 99 meaning open-ended. */
  readonly sourcePlaces: number;
  readonly isOpenEnded: boolean;
  /** One entry per training place vacancy; places null = open-ended (never 99). */
  readonly rows: readonly { readonly title: string; readonly places: number | null }[];
};

/** About how many places one provider's training place offers, so big kinds are spread over several providers. */
const PLACES_PER_ROW = 45;

/** The 3,797 training places of Table 4, as training place vacancies per kind of work. */
export function planTrainingPlaces(): TrainingPlan[] {
  return TRAINING_PLACES_2008.map((row) => {
    const kind = findKindForTraining(row.category);
    if (!kind) throw new Error(`No kind of work for Table 4 row "${row.category}".`);
    const titles = TRAINING_TITLES[kind.slug];
    if (!titles || titles.length !== row.opportunityTypes) {
      throw new Error(`Kind "${kind.slug}" needs ${row.opportunityTypes} training place titles.`);
    }
    const random = createRandom(seedFromText(`training:${row.category}`));
    const isOpenEnded = row.places === OPEN_ENDED_PLACES_CODE;
    if (isOpenEnded) {
      const count = Math.max(titles.length, 2);
      return {
        source: row.category,
        kindSlug: kind.slug,
        titles,
        sourcePlaces: row.places,
        isOpenEnded,
        rows: Array.from({ length: count }, (_, i) => ({ title: titles[i % titles.length] as string, places: null })),
      };
    }
    const count = Math.max(titles.length, Math.ceil(row.places / PLACES_PER_ROW));
    const places = splitTotal(row.places, count, random);
    return {
      source: row.category,
      kindSlug: kind.slug,
      titles,
      sourcePlaces: row.places,
      isOpenEnded,
      rows: places.map((p, i) => ({ title: titles[i % titles.length] as string, places: p })),
    };
  });
}

/** Counted places (open-ended kinds left out) and how many kinds are open-ended. */
export function summariseTrainingPlaces(plans: readonly TrainingPlan[]) {
  const countedPlaces = plans.flatMap((plan) => plan.rows).reduce((sum, row) => sum + (row.places ?? 0), 0);
  const openEndedKinds = plans.filter((plan) => plan.isOpenEnded).length;
  return {
    rows: plans.reduce((sum, plan) => sum + plan.rows.length, 0),
    countedPlaces,
    openEndedKinds,
    /** What the source printed: counted places plus 99 for each open-ended kind. */
    sourceTotal: countedPlaces + openEndedKinds * OPEN_ENDED_PLACES_CODE,
  };
}
