import 'server-only';
import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { type FreshnessRules, visibleSince } from '@/lib/freshness/rules';
import type { Point } from '@/lib/geo/places';
import { CLOSING_SOON_DAYS, type VacancyFilters, type VacancyType } from '@/lib/vacancies/search';
import { expandSearch } from '@/lib/vacancies/synonyms';
import { addDaysTo, londonToday } from '@/lib/vacancies/words';
import { db } from '../client';
import { categories, employers, providers, vacancies } from '../schema';
import { milesFrom } from './geo-sql';

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
      and(eq(employers.laId, laId), or(eq(employers.status, 'approved'), eq(vacancies.reviewStatus, 'approved'))),
    ),
  )!;
}

/**
 * Full-text match on the title, summary and what you'll do, with synonyms ("chef" finds "cook"), or a close
 * spelling of a whole word in the title ("hairdresing" finds "Hairdressing apprentice"). The strict form of
 * trigram word similarity (<<%) compares whole words: the plain form (<%) let "chef" find "Checkout
 * assistant", because "che" starts both. Both use the title's trigram index.
 */
function matchesText(q: string): SQL {
  return or(
    sql`${vacancies.searchVector} @@ websearch_to_tsquery('english', ${expandSearch(q)})`,
    sql`${q} <<% ${vacancies.title}`,
  )!;
}

function textRank(q: string): SQL<number> {
  return sql<number>`ts_rank(${vacancies.searchVector}, websearch_to_tsquery('english', ${expandSearch(q)})) + strict_word_similarity(${q}, ${vacancies.title})`;
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

/**
 * Public: vacancies in one area matching the filters, a page at a time. `origin` is where the person said
 * they are (from their postcode), for distance filtering, sorting and "x miles away", measured to the
 * vacancy's own workplace.
 */
export async function findVacancies({
  filters,
  origin,
  ...scope
}: Scope & { filters: VacancyFilters; origin: Point | null }): Promise<{ total: number; vacancies: VacancySummary[] }> {
  const today = londonToday(scope.now);
  const conditions: (SQL | undefined)[] = [visibleVacancy(scope)];
  if (filters.q) conditions.push(matchesText(filters.q));
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
  if (miles) conditions.push(sql`${miles} <= ${filters.distance}`);
  const where = and(...conditions);

  const order: SQL[] = [];
  if (filters.sort === 'distance' && miles) order.push(sql`${miles} asc`);
  if (filters.sort === 'closing') order.push(sql`${vacancies.closesOn} asc nulls last`);
  if (filters.q) order.push(desc(textRank(filters.q)));
  // Without words to rank by, the most recently checked first; the id keeps pages stable between requests.
  order.push(desc(vacancies.lastCheckedAt), asc(vacancies.id));

  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: vacancies.id,
        title: vacancies.title,
        summary: vacancies.summary,
        type: vacancies.type,
        offeredBy: sql<string>`coalesce(${employers.name}, ${providers.name})`,
        kindName: categories.name,
        imagePath: sql<string>`coalesce(${vacancies.imagePath}, ${categories.imagePath})`,
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
      .leftJoin(parentCategories, eq(parentCategories.id, categories.parentId))
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .leftJoin(providers, eq(providers.id, vacancies.providerId))
      .where(where)
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset((filters.page - 1) * PAGE_SIZE),
    db
      .select({ n: count() })
      .from(vacancies)
      .innerJoin(categories, eq(categories.id, vacancies.categoryId))
      .leftJoin(parentCategories, eq(parentCategories.id, categories.parentId))
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .where(where),
  ]);
  return {
    total: counted?.n ?? 0,
    vacancies: rows.map((row) => ({ ...row, miles: row.miles === null ? null : Number(row.miles) })),
  };
}

export const VACANCIES_PAGE_SIZE = PAGE_SIZE;

/** Public: how many visible vacancies of each type one area has, for the picture cards. */
export async function countVacanciesByType(scope: Scope): Promise<Record<VacancyType, number>> {
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
 * Public: picture cards for browsing one area's vacancies: the areas of work (no area given) or the kinds
 * of work in one area, each with how many visible vacancies it has. Categories with none are left out.
 * A type filter (jobs only, say) narrows the counts to match the results the card leads to.
 */
export async function findVacancyWork(scope: Scope & { areaSlug?: string; type?: VacancyType }): Promise<WorkCard[]> {
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
