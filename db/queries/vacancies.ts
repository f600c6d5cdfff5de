import 'server-only';
import { and, asc, between, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lte, ne, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { type FreshnessRules, visibleSince } from '@/lib/freshness/rules';
import { boundingBox, type Point } from '@/lib/geo/places';
import { CLOSING_SOON_DAYS, type VacancyFilters, type VacancyType } from '@/lib/vacancies/search';
import { correctSpelling } from '@/lib/vacancies/spelling';
import { expandSearch } from '@/lib/vacancies/synonyms';
import { addDaysTo, londonToday } from '@/lib/vacancies/words';
import { db } from '../client';
import { categories, employers, providers, vacancies } from '../schema';
import { milesFrom } from './geo-sql';
import { ownerProviderIsLive } from './live-providers';
import { readStoredCounts, type RunLater } from './search-counts';

// Public vacancy search queries. Every one is scoped to one council area (laId) and shows young people only
// live vacancies that have not closed, were checked within the freshness window, are not waiting for the
// council's review and, when an employer offers them, whose employer (or the vacancy itself) the council
// has approved.

const parentCategories = alias(categories, 'parent_categories');
const PAGE_SIZE = 20;

type Scope = { laId: string; now: Date; rules: FreshnessRules };

/**
 * The condition for a vacancy young people may see, for queries in db/queries only. The query must
 * left-join `employers` on the vacancy's employer.
 */
export function visibleVacancy({ laId, now, rules }: Omit<Scope, 'laId'> & { laId: string | AnyPgColumn }): SQL {
  return and(
    eq(vacancies.laId, laId),
    eq(vacancies.status, 'live'),
    or(isNull(vacancies.closesOn), gte(vacancies.closesOn, londonToday(now))),
    gte(vacancies.lastCheckedAt, visibleSince(now, rules)),
    ne(vacancies.reviewStatus, 'waiting'),
    or(
      isNull(vacancies.employerId),
      and(
        eq(employers.laId, laId),
        // A suspended or turned-down employer's vacancies are hidden even when the council approved one of them
        // (decisions 034 and 040).
        notInArray(employers.status, ['suspended', 'rejected']),
        or(eq(employers.status, 'approved'), eq(vacancies.reviewStatus, 'approved')),
      ),
    ),
    // A paused provider's vacancies are hidden too (decision 039).
    ownerProviderIsLive(vacancies.providerId),
  )!;
}

/** Full-text match on the title, summary and what you'll do, with synonyms ("chef" finds "cook"). */
function matchesWords(q: string): SQL {
  return sql`${vacancies.searchVector} @@ websearch_to_tsquery('english', ${expandSearch(q)})`;
}

/**
 * A close spelling of a whole word in the title ("hairdresing" finds "Hairdressing apprentice"), for the
 * job-alert counts. The strict form of trigram word similarity (<<%) compares whole words: the plain form
 * (<%) let "chef" find "Checkout assistant", because "che" starts both. It uses the title's trigram index.
 * (The search page corrects the words first instead: `correctSpelling`.)
 */
function matchesSpelling(q: string): SQL {
  return sql`${q} <<% ${vacancies.title}`;
}

type TextMatch = { where: SQL; rank: SQL<number> };

function wordsMatch(q: string): TextMatch {
  return { where: matchesWords(q), rank: sql<number>`ts_rank(${vacancies.searchVector}, websearch_to_tsquery('english', ${expandSearch(q)}))` };
}

/**
 * The conditions of a search (shared by the results and the job-alert counts), and the distance expression.
 * `text` is the words (or spelling) match, when there are words.
 */
function searchConditions({
  filters,
  origin,
  text,
  ...scope
}: Scope & { filters: VacancyFilters; origin: Point | null; text: SQL | null }): { conditions: SQL[]; miles: SQL | null } {
  const today = londonToday(scope.now);
  const conditions: SQL[] = [visibleVacancy(scope)];
  if (text) conditions.push(text);
  if (filters.area) conditions.push(eq(parentCategories.slug, filters.area));
  if (filters.kind) conditions.push(eq(categories.slug, filters.kind));
  if (filters.type) conditions.push(eq(vacancies.type, filters.type));
  if (filters.noExperience) conditions.push(eq(vacancies.isNoExperienceNeeded, true));
  if (filters.noQualifications) conditions.push(eq(vacancies.isNoQualificationsNeeded, true));
  if (filters.hours) conditions.push(eq(vacancies.hoursType, filters.hours));
  if (filters.closingSoon) {
    conditions.push(isNotNull(vacancies.closesOn), lte(vacancies.closesOn, addDaysTo(today, CLOSING_SOON_DAYS)));
  }
  const miles = origin ? milesFrom(origin, vacancies.latitude, vacancies.longitude) : null;
  return { conditions, miles };
}

/**
 * System use (the job-alerts run): how many visible vacancies in one area match a saved search and were added
 * after `since` (and not after now).
 */
export async function countNewVacancies({
  since,
  ...search
}: Scope & { filters: VacancyFilters; origin: Point | null; since: Date }): Promise<number> {
  const q = search.filters.q;
  const { conditions, miles } = searchConditions({ ...search, text: q ? or(matchesWords(q), matchesSpelling(q))! : null });
  if (miles) conditions.push(sql`${miles} <= ${search.filters.distance}`);
  const [row] = await db
    .select({ n: count() })
    .from(vacancies)
    .innerJoin(categories, eq(categories.id, vacancies.categoryId))
    .leftJoin(parentCategories, eq(parentCategories.id, categories.parentId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .where(and(...conditions, gt(vacancies.createdAt, since), lte(vacancies.createdAt, search.now)));
  return row?.n ?? 0;
}

export type VacancySummary = {
  id: string;
  title: string;
  summary: string;
  type: VacancyType;
  offeredBy: string;
  kindName: string;
  imagePath: string;
  imageAlt: string;
  /** The kind of work whose picture this is (null when the record has a picture of its own): an area may show its own. */
  pictureCategory: string | null;
  wagePence: number | null;
  wageUnit: (typeof vacancies.$inferSelect)['wageUnit'];
  isMinimumWageForAge: boolean;
  hoursPerWeek: string | null;
  hoursType: (typeof vacancies.$inferSelect)['hoursType'];
  town: string;
  closesOn: string | null;
  places: number | null;
  isNoExperienceNeeded: boolean;
  isNoQualificationsNeeded: boolean;
  miles: number | null;
  lastCheckedAt: Date;
};

/** Results are counted up to this many ("more than 1,000 found"), and ranked by words only within them. */
export const VACANCY_COUNT_LIMIT = 1_000;

/**
 * Public: vacancies in one area matching the filters, a page at a time. `origin` is where the person said
 * they are (from their postcode), for distance filtering, sorting and "x miles away", measured to the
 * vacancy's own workplace. Words are matched as words first; a close spelling of a title word only when the
 * words find nothing. `total` stops at VACANCY_COUNT_LIMIT (`isMore` says there are more), and "best match"
 * ranks only the freshest VACANCY_COUNT_LIMIT matches, so a common word does not rank half the table.
 */
export async function findVacancies({
  filters,
  origin,
  runLater = (task) => void task(),
  ...scope
}: Scope & { filters: VacancyFilters; origin: Point | null; runLater?: RunLater }): Promise<{
  total: number;
  isMore: boolean;
  vacancies: VacancySummary[];
  /** The words searched for instead, when the words typed found nothing and looked misspelt. */
  correctedTo: string | null;
}> {
  if (!filters.q) return { ...(await searchVacancies({ ...scope, filters, origin, text: null })), correctedTo: null };
  const byWords = await searchVacancies({ ...scope, filters, origin, text: wordsMatch(filters.q) });
  if (byWords.total > 0) return { ...byWords, correctedTo: null };
  const corrected = correctSpelling(filters.q, await findTitleWords({ laId: scope.laId, now: scope.now, runLater }));
  if (!corrected) return { ...byWords, correctedTo: null };
  return { ...(await searchVacancies({ ...scope, filters, origin, text: wordsMatch(corrected) })), correctedTo: corrected };
}

/**
 * Public: the distinct words (3 letters or more) in the titles of the area's live vacancies, for correcting
 * misspelt searches. Kept with the picture cards' counts and made again at most every few minutes.
 */
export async function findTitleWords({ laId, now, runLater }: { laId: string; now: Date; runLater: RunLater }): Promise<string[]> {
  return readStoredCounts<string[]>({
    laId,
    key: 'title-words',
    now,
    runLater,
    countNow: async () => {
      // Every driver here returns node-postgres-shaped results ({ rows }).
      const result = (await db.execute(sql`
        select distinct word from ${vacancies}, regexp_split_to_table(lower(${vacancies.title}), '[^a-z]+') as word
        where ${vacancies.laId} = ${laId}::uuid and ${vacancies.status} = 'live' and length(word) >= 3
        order by word
      `)) as unknown as { rows: { word: string }[] };
      return result.rows.map((row) => row.word);
    },
  });
}

/** The circles "nearest first" looks in, smallest first, ending with the distance asked for. */
function nearestRadii(filters: VacancyFilters): number[] {
  if (filters.sort !== 'distance') return [filters.distance];
  return [...[0.1, 0.25, 0.5, 2].filter((radius) => radius < filters.distance), filters.distance];
}

async function searchVacancies({
  filters,
  origin,
  text,
  ...scope
}: Scope & { filters: VacancyFilters; origin: Point | null; text: TextMatch | null }): Promise<{
  total: number;
  isMore: boolean;
  vacancies: VacancySummary[];
}> {
  const { conditions, miles } = searchConditions({ ...scope, filters, origin, text: text?.where ?? null });
  const within = (radius: number): SQL[] => {
    if (!origin || !miles) return [];
    // The box test uses the location index and leaves the exact distance for the rows inside it.
    const box = boundingBox(origin, radius);
    return [
      between(vacancies.latitude, box.south, box.north),
      between(vacancies.longitude, box.west, box.east),
      sql`${miles} <= ${radius}`,
    ];
  };

  // Step 1: the matching ids in the order asked for (nearest, closing soonest, or most recently checked),
  // one more than the limit so we know whether there are more.
  const order: SQL[] = [];
  if (filters.sort === 'distance' && miles) order.push(sql`${miles} asc`);
  if (filters.sort === 'closing') order.push(sql`${vacancies.closesOn} asc nulls last`);
  order.push(desc(vacancies.lastCheckedAt), asc(vacancies.id));
  const findIds = (radius: number) =>
    db
      .select({ id: vacancies.id })
      .from(vacancies)
      .innerJoin(categories, eq(categories.id, vacancies.categoryId))
      .leftJoin(parentCategories, eq(parentCategories.id, categories.parentId))
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .where(and(...conditions, ...within(radius)))
      .orderBy(...order)
      .limit(VACANCY_COUNT_LIMIT + 1);
  let matched = await findIds(nearestRadii(filters)[0]!);
  if (filters.sort === 'distance' && miles) {
    // Nearest first sorts every match by distance. In a town most of the area is within a few miles, so
    // look in small circles first: once one holds more than the limit, the nearest ones are all in it.
    for (const radius of nearestRadii(filters).slice(1)) {
      if (matched.length > VACANCY_COUNT_LIMIT) break;
      matched = await findIds(radius);
    }
  }
  const isMore = matched.length > VACANCY_COUNT_LIMIT;
  const ids = matched.slice(0, VACANCY_COUNT_LIMIT).map((row) => row.id);
  const offset = (filters.page - 1) * PAGE_SIZE;
  if (ids.length <= offset) return { total: ids.length, isMore, vacancies: [] };

  // Step 2: rank by the words within those ids only, or take the page straight from the order above.
  let pageIds: string[];
  if (text) {
    const ranked = await db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(inArray(vacancies.id, ids))
      .orderBy(...order.slice(0, -2), desc(text.rank), desc(vacancies.lastCheckedAt), asc(vacancies.id))
      .limit(PAGE_SIZE)
      .offset(offset);
    pageIds = ranked.map((row) => row.id);
  } else {
    pageIds = ids.slice(offset, offset + PAGE_SIZE);
  }

  const rows = await db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      summary: vacancies.summary,
      type: vacancies.type,
      offeredBy: sql<string>`coalesce(${employers.name}, ${providers.name})`,
      kindName: categories.name,
      imagePath: sql<string>`coalesce(${vacancies.imagePath}, ${categories.imagePath})`,
      pictureCategory: sql<string | null>`case when ${vacancies.imagePath} is null then ${categories.slug} end`,
      imageAlt: vacancies.imageAlt,
      wagePence: vacancies.wagePence,
      wageUnit: vacancies.wageUnit,
      isMinimumWageForAge: vacancies.isMinimumWageForAge,
      hoursPerWeek: vacancies.hoursPerWeek,
      hoursType: vacancies.hoursType,
      town: vacancies.town,
      closesOn: vacancies.closesOn,
      places: vacancies.places,
      isNoExperienceNeeded: vacancies.isNoExperienceNeeded,
      isNoQualificationsNeeded: vacancies.isNoQualificationsNeeded,
      miles: miles ?? sql<null>`null`,
      lastCheckedAt: vacancies.lastCheckedAt,
    })
    .from(vacancies)
    .innerJoin(categories, eq(categories.id, vacancies.categoryId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(providers, eq(providers.id, vacancies.providerId))
    .where(inArray(vacancies.id, pageIds));
  const position = new Map(pageIds.map((id, index) => [id, index]));
  return {
    total: ids.length,
    isMore,
    vacancies: rows
      .sort((a, b) => position.get(a.id)! - position.get(b.id)!)
      .map((row) => ({ ...row, miles: row.miles === null ? null : Number(row.miles) })),
  };
}

export const VACANCIES_PAGE_SIZE = PAGE_SIZE;

/** How many visible vacancies of each type one area has, counted now (a scan of the area's vacancies). */
async function countVacanciesByType(scope: Scope): Promise<Record<VacancyType, number>> {
  const rows = await db
    .select({ type: vacancies.type, n: count() })
    .from(vacancies)
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .where(visibleVacancy(scope))
    .groupBy(vacancies.type);
  const counts: Record<VacancyType, number> = { job: 0, apprenticeship: 0, training_place: 0, work_experience: 0, volunteering: 0 };
  for (const row of rows) counts[row.type] = row.n;
  return counts;
}

export type WorkCard = { slug: string; name: string; imagePath: string; imageAlt: string; vacancyCount: number };

/**
 * Picture cards for browsing one area's vacancies, counted now: the areas of work (no area given) or the
 * kinds of work in one area, each with how many visible vacancies it has. Categories with none are left
 * out. A type filter (jobs only, say) narrows the counts to match the results the card leads to.
 */
async function countVacancyWork(scope: Scope & { areaSlug?: string; type?: VacancyType }): Promise<WorkCard[]> {
  const groupBy = scope.areaSlug ? categories : parentCategories;
  const rows = await db
    .select({
      slug: groupBy.slug,
      name: groupBy.name,
      imagePath: groupBy.imagePath,
      imageAlt: groupBy.imageAlt,
      vacancyCount: count(),
    })
    .from(vacancies)
    .innerJoin(categories, eq(categories.id, vacancies.categoryId))
    .innerJoin(parentCategories, eq(parentCategories.id, categories.parentId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .where(
      and(
        visibleVacancy(scope),
        scope.areaSlug ? eq(parentCategories.slug, scope.areaSlug) : undefined,
        scope.type ? eq(vacancies.type, scope.type) : undefined,
      ),
    )
    .groupBy(groupBy.id)
    .orderBy(asc(groupBy.position), asc(groupBy.name));
  return rows;
}

/**
 * Public: the /vacancies landing page's picture cards (each type, each area of work) with their counts,
 * stored in the database and counted again after a few minutes (db/queries/search-counts.ts).
 */
export async function findVacancyLanding(
  scope: Scope & { runLater: RunLater },
): Promise<{ typeCounts: Record<VacancyType, number>; areas: WorkCard[] }> {
  const { runLater, ...rest } = scope;
  return readStoredCounts({
    laId: scope.laId,
    key: 'vacancy-landing',
    now: scope.now,
    runLater,
    countNow: async () => {
      const [typeCounts, areas] = await Promise.all([countVacanciesByType(rest), countVacancyWork(rest)]);
      return { typeCounts, areas };
    },
  });
}

/**
 * Public: the kinds of work in one area of work, as picture cards with how many visible vacancies each has
 * (of one type, when given). Stored like the landing page's counts; an area with none is not stored, so
 * made-up area names in URLs add nothing to the table.
 */
export async function findVacancyKinds(scope: Scope & { areaSlug: string; type?: VacancyType; runLater: RunLater }): Promise<WorkCard[]> {
  const { runLater, ...rest } = scope;
  const key = `vacancy-kinds:${scope.areaSlug}:${scope.type ?? 'all'}`;
  const [known] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.slug, scope.areaSlug), isNull(categories.parentId)));
  if (!known) return [];
  return readStoredCounts({ laId: scope.laId, key, now: scope.now, runLater, countNow: () => countVacancyWork(rest) });
}

export type VacancyDetail = Omit<VacancySummary, 'miles' | 'offeredBy' | 'kindName'> & {
  whatYoullDo: string;
  whatTheyWant: string;
  acceptsVoiceAndVideo: boolean;
  postcode: string;
  latitude: number;
  longitude: number;
  kind: { slug: string; name: string };
  area: { slug: string; name: string } | null;
  /** An employer, or a provider (linked to its page only while that page is visible to young people). */
  offeredBy: { kind: 'employer'; name: string; summary: string } | { kind: 'provider'; name: string; slug: string; isListed: boolean };
};

/** Public: one visible vacancy in one area. Null when missing, closed, hidden or in another area. */
export async function getVacancy(scope: Scope & { id: string }): Promise<VacancyDetail | null> {
  const [row] = await db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      summary: vacancies.summary,
      whatYoullDo: vacancies.whatYoullDo,
      whatTheyWant: vacancies.whatTheyWant,
      type: vacancies.type,
      imagePath: sql<string>`coalesce(${vacancies.imagePath}, ${categories.imagePath})`,
      pictureCategory: sql<string | null>`case when ${vacancies.imagePath} is null then ${categories.slug} end`,
      imageAlt: vacancies.imageAlt,
      wagePence: vacancies.wagePence,
      wageUnit: vacancies.wageUnit,
      isMinimumWageForAge: vacancies.isMinimumWageForAge,
      hoursPerWeek: vacancies.hoursPerWeek,
      hoursType: vacancies.hoursType,
      town: vacancies.town,
      postcode: vacancies.postcode,
      latitude: vacancies.latitude,
      longitude: vacancies.longitude,
      closesOn: vacancies.closesOn,
      places: vacancies.places,
      isNoExperienceNeeded: vacancies.isNoExperienceNeeded,
      isNoQualificationsNeeded: vacancies.isNoQualificationsNeeded,
      acceptsVoiceAndVideo: vacancies.acceptsVoiceAndVideo,
      lastCheckedAt: vacancies.lastCheckedAt,
      kindSlug: categories.slug,
      kindName: categories.name,
      areaSlug: parentCategories.slug,
      areaName: parentCategories.name,
      employerName: employers.name,
      employerSummary: employers.summary,
      providerName: providers.name,
      providerSlug: providers.slug,
      providerCheckedAt: providers.lastCheckedAt,
    })
    .from(vacancies)
    .innerJoin(categories, eq(categories.id, vacancies.categoryId))
    .leftJoin(parentCategories, eq(parentCategories.id, categories.parentId))
    .leftJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(providers, eq(providers.id, vacancies.providerId))
    .where(and(visibleVacancy(scope), eq(vacancies.id, scope.id)));
  if (!row) return null;

  const { kindSlug, kindName, areaSlug, areaName, employerName, employerSummary, providerName, providerSlug, providerCheckedAt, ...vacancy } =
    row;
  let offeredBy: VacancyDetail['offeredBy'];
  if (employerName !== null) {
    offeredBy = { kind: 'employer', name: employerName, summary: employerSummary ?? '' };
  } else if (providerName !== null && providerSlug !== null && providerCheckedAt !== null) {
    const isListed = providerCheckedAt >= visibleSince(scope.now, scope.rules);
    offeredBy = { kind: 'provider', name: providerName, slug: providerSlug, isListed };
  } else {
    return null;
  }
  return {
    ...vacancy,
    kind: { slug: kindSlug, name: kindName },
    area: areaSlug && areaName ? { slug: areaSlug, name: areaName } : null,
    offeredBy,
  };
}
