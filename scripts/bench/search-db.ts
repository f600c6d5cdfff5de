// Step 2 of `npm run bench:search` (scripts/bench/search.mjs), run in its own process while no server has the
// database open (PGlite allows one process per directory): chooses the search URLs the benchmark sends, then
// times the database work each one causes, by calling the same query functions the pages call, so the
// app's overhead (rendering, React, HTTP) shows beside the database's own time.
// Run with: node --conditions=react-server --import tsx scripts/bench/search-db.ts <rounds> <out.json>
import { writeFileSync } from 'node:fs';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { closeDatabase, db, runMigrations } from '../../db/client';
import { findCourses, findCourseSubjects } from '../../db/queries/courses';
import { lookupPostcode } from '../../db/queries/places';
import { findVacancies, findVacancyKinds, findVacancyLanding } from '../../db/queries/vacancies';
import { categories, localAuthorities, vacancies } from '../../db/schema';
import { CALDERDALE_PLACES } from '../../db/seed/data/places';
import { hasAnyFilter as hasAnyCourseFilter, parseCourseSearch } from '../../lib/courses/search';
import { freshnessRulesFrom } from '../../lib/freshness/rules';
import { parsePostcodeQuery, type Point } from '../../lib/geo/places';
import { hasAnyFilter, parseVacancySearch } from '../../lib/vacancies/search';

const rounds = Number(process.argv[2] ?? 5);
const outFile = process.argv[3] ?? '.data/bench-search-queries.json';

type Query = { kind: string; path: string };

const parents = alias(categories, 'parents');

/** The search URLs, by kind: the same list every run on the same data. */
async function chooseQueries(): Promise<Query[]> {
  // The busiest areas and kinds of work, as people browsing the picture cards would pick them.
  const kinds = await db
    .select({ area: parents.slug, kind: categories.slug, n: sql<number>`count(*)::int` })
    .from(vacancies)
    .innerJoin(categories, eq(categories.id, vacancies.categoryId))
    .innerJoin(parents, eq(parents.id, categories.parentId))
    .where(isNotNull(categories.parentId))
    .groupBy(parents.slug, categories.slug)
    .orderBy(sql`count(*) desc`, categories.slug)
    .limit(4);
  const areas = [...new Set(kinds.map((row) => row.area))];
  const postcodes = CALDERDALE_PLACES.map((place) => place.postcode);
  const outcode = (postcode: string) => postcode.split(' ')[0]!;
  const vacancySearch = (params: Record<string, string>) => `/vacancies?${new URLSearchParams(params)}`;
  const courseSearch = (params: Record<string, string>) => `/courses?${new URLSearchParams(params)}`;
  return [
    { kind: 'landing', path: '/vacancies' },
    ...['apprentice', 'chef', 'care', 'warehouse', 'office', 'retail'].map((q) => ({ kind: 'keyword', path: vacancySearch({ q }) })),
    { kind: 'keyword', path: vacancySearch({ q: 'apprentice', page: '3' }) },
    ...['hairdresing', 'mechnic', 'electrican', 'warehose', 'astronaut'].map((q) => ({ kind: 'typo', path: vacancySearch({ q }) })),
    ...areas.map((area) => ({ kind: 'category', path: vacancySearch({ area }) })),
    ...kinds.map((row) => ({ kind: 'category', path: vacancySearch({ area: row.area, kind: row.kind }) })),
    ...[postcodes[0]!, postcodes[3] ?? postcodes[0]!, outcode(postcodes[1] ?? postcodes[0]!)].flatMap((postcode, index) => [
      { kind: 'distance', path: vacancySearch({ postcode, distance: String([3, 5, 10][index]) }) },
      { kind: 'distance', path: vacancySearch({ postcode, distance: '5', sort: 'distance' }) },
      { kind: 'distance', path: vacancySearch({ q: 'care', postcode, distance: '10' }) },
    ]),
    { kind: 'filter', path: vacancySearch({ type: 'apprenticeship' }) },
    { kind: 'filter', path: vacancySearch({ type: 'job', noExperience: 'yes' }) },
    { kind: 'filter', path: vacancySearch({ hours: 'part_time', noQualifications: 'yes' }) },
    { kind: 'filter', path: vacancySearch({ closingSoon: 'yes', sort: 'closing' }) },
    { kind: 'filter', path: vacancySearch({ type: 'apprenticeship', hours: 'full_time', sort: 'closing' }) },
    { kind: 'courses', path: '/courses' },
    ...['hair', 'enginering', 'apprenticeship'].map((q) => ({ kind: 'courses', path: courseSearch({ q }) })),
    { kind: 'courses', path: courseSearch({ postcode: postcodes[0]!, distance: '10', sort: 'distance' }) },
  ];
}

async function originFor(postcode: string | undefined): Promise<Point | null> {
  if (!postcode) return null;
  const query = parsePostcodeQuery(postcode);
  return query ? lookupPostcode(query) : null;
}

/** The database work the page at `path` does (mirrors app/(public)/vacancies/page.tsx and courses/page.tsx). */
async function runPageQueries(path: string, scope: { laId: string; now: Date; rules: ReturnType<typeof freshnessRulesFrom> }) {
  const url = new URL(path, 'http://bench');
  const params = Object.fromEntries(url.searchParams);
  if (url.pathname === '/courses') {
    const filters = parseCourseSearch(params);
    const origin = await originFor(filters.postcode);
    if (!hasAnyCourseFilter(filters)) return findCourseSubjects(scope);
    return Promise.all([
      findCourses({ ...scope, filters, origin }),
      filters.area && !filters.subject ? findCourseSubjects({ ...scope, areaSlug: filters.area }) : [],
    ]);
  }
  const filters = parseVacancySearch(params);
  const origin = await originFor(filters.postcode);
  if (!hasAnyFilter(filters)) return findVacancyLanding({ ...scope, runLater });
  return Promise.all([
    findVacancies({ ...scope, filters, origin, runLater }),
    filters.area && !filters.kind ? findVacancyKinds({ ...scope, areaSlug: filters.area, type: filters.type, runLater }) : [],
  ]);
}

/** Stands in for Next's after(): a recount of stale picture-card counts runs once the timed work is done. */
const later: Promise<void>[] = [];
const runLater = (task: () => Promise<void>) => {
  later.push(Promise.resolve().then(task));
};

try {
  await runMigrations(db);
  const [area] = await db.select({ id: localAuthorities.id }).from(localAuthorities).where(eq(localAuthorities.slug, 'calderdale'));
  if (!area) throw new Error('The benchmark database has no Calderdale: seed it first.');
  const scope = { laId: area.id, now: new Date(), rules: freshnessRulesFrom() };
  const queries = await chooseQueries();
  const timings: { kind: string; path: string; ms: number }[] = [];
  // The first pass warms the caches, as the HTTP run's warm-up does; it is not counted.
  for (const query of queries) await runPageQueries(query.path, scope);
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      const started = performance.now();
      await runPageQueries(query.path, scope);
      timings.push({ ...query, ms: performance.now() - started });
    }
  }
  const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(vacancies).where(and(eq(vacancies.laId, area.id)))) as [{ n: number }];
  await Promise.all(later);
  writeFileSync(outFile, JSON.stringify({ vacancies: n, queries, timings }, null, 1));
} finally {
  await closeDatabase(db);
}
