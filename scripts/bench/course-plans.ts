// `npm run bench:courses`: do course searches use the full-text and trigram indexes at scale, not scans?
// Seeds the demo, adds many courses (by default 5,000 more in Calderdale and 45,000 in Northvale, cloned
// from the demo's with their start dates), runs ANALYZE, then calls the page's own findCourses for each kind
// of search, captures the SQL it sends, and prints EXPLAIN ANALYZE for it: time, the indexes used, and any
// sequential scan of courses. Prints figures; not part of `npm test`.
//
// Env: DATABASE_URL (an empty PostgreSQL database; default PGlite in .data/bench-courses-pglite),
// BENCH_EXTRA_COURSES (50000), BENCH_KEEP_DATA=1 (reuse the last seeded data).
import { rmSync } from 'node:fs';
import path from 'node:path';

const PGLITE_DIR = path.join('.data', 'bench-courses-pglite');
if (!process.env.DATABASE_URL) {
  process.env.PGLITE_DIR = PGLITE_DIR;
  if (process.env.BENCH_KEEP_DATA !== '1') rmSync(PGLITE_DIR, { recursive: true, force: true });
}
// Imported after PGLITE_DIR is set: the shared handle opens on first use.
const { sql, eq, count } = await import('drizzle-orm');
const { db, runMigrations, closeDatabase } = await import('../../db/client');
const { findCourses } = await import('../../db/queries/courses');
const { lookupPostcode } = await import('../../db/queries/places');
const { courses, localAuthorities } = await import('../../db/schema');
const { isDatabaseSeeded, seedDemo } = await import('../../db/seed/demo');
const { parseCourseSearch } = await import('../../lib/courses/search');
const { freshnessRulesFrom } = await import('../../lib/freshness/rules');
const { parsePostcodeQuery } = await import('../../lib/geo/places');

const EXTRA = Number(process.env.BENCH_EXTRA_COURSES ?? 50_000);

type Captured = { text: string; params: unknown[] };
const captured: Captured[] = [];

/** Records every query the app's code sends (PGlite: query(text, params); node-postgres: query({ text, values })). */
function captureQueries(): void {
  const client = (db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client;
  const original = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const [first, second] = args;
    if (typeof first === 'string') captured.push({ text: first, params: (second as unknown[]) ?? [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[] };
      captured.push({ text: config.text, params: config.values ?? [] });
    }
    return original(...args);
  };
}

/** Adds clones of an area's courses (and their start dates) to that area, `times` of each. */
async function cloneCourses(laId: string, times: number): Promise<void> {
  if (times <= 0) return;
  await db.execute(sql`
    insert into courses (la_id, provider_id, category_id, slug, title, summary, what_you_learn, entry_requirements,
      is_no_qualifications_needed, leads_to, cost, level, mode, method, age_group, is_apprenticeship, duration_text,
      image_path, image_alt, status, last_checked_at, last_checked_by_id)
    select c.la_id, c.provider_id, c.category_id, c.slug || '-bench-' || g, c.title || ' ' || g, c.summary,
      c.what_you_learn, c.entry_requirements, c.is_no_qualifications_needed, c.leads_to, c.cost, c.level, c.mode,
      c.method, c.age_group, c.is_apprenticeship, c.duration_text, c.image_path, c.image_alt, c.status,
      c.last_checked_at, c.last_checked_by_id
    from courses c cross join generate_series(1, ${times}) g
    where c.la_id = ${laId} and c.slug not like '%-bench-%'`);
  await db.execute(sql`
    insert into course_runs (course_id, site_id, starts_on, apply_by, places)
    select clone.id, r.site_id, r.starts_on, r.apply_by, r.places
    from courses clone
    join courses original on original.la_id = clone.la_id
      and original.slug = regexp_replace(clone.slug, '-bench-[0-9]+$', '')
    join course_runs r on r.course_id = original.id
    where clone.la_id = ${laId} and clone.slug like '%-bench-%'`);
}

async function areaId(slug: string): Promise<string> {
  const [area] = await db.select({ id: localAuthorities.id }).from(localAuthorities).where(eq(localAuthorities.slug, slug));
  if (!area) throw new Error(`The demo has no ${slug}.`);
  return area.id;
}

async function courseCount(laId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(courses).where(eq(courses.laId, laId));
  return row?.n ?? 0;
}

/** Each index named in a plan, and whether courses was read by a sequential scan. */
function summarisePlan(plan: string): { indexes: string[]; seqScanOfCourses: boolean; ms: number } {
  const indexes = [...new Set([...plan.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1]!))];
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
  return { indexes, seqScanOfCourses: /Seq Scan on courses\b/.test(plan), ms };
}

async function explain({ text, params }: Captured): Promise<string> {
  const client = (db as unknown as { $client: { query: (t: string, p?: unknown[]) => Promise<{ rows: Record<string, string>[] }> } }).$client;
  // node-postgres wants query(text, values) too, so one call shape serves both drivers.
  const result = await client.query(`explain (analyze, format text) ${text}`, params);
  return result.rows.map((row) => Object.values(row)[0]).join('\n');
}

async function main() {
  const started = Date.now();
  await runMigrations(db);
  const calderdale = await (async () => {
    if (!(await isDatabaseSeeded(db))) await seedDemo(db);
    return areaId('calderdale');
  })();
  const northvale = await areaId('northvale');
  const demoCalderdale = await courseCount(calderdale);
  if (process.env.BENCH_KEEP_DATA !== '1' || demoCalderdale < 1000) {
    const demoNorthvale = await courseCount(northvale);
    const inCalderdale = Math.round(EXTRA * 0.1);
    await cloneCourses(calderdale, Math.ceil(inCalderdale / Math.max(1, demoCalderdale)));
    await cloneCourses(northvale, Math.ceil((EXTRA - inCalderdale) / Math.max(1, demoNorthvale)));
    await db.execute(sql`analyze`);
  }
  const [total] = await db.select({ n: count() }).from(courses);
  console.log(
    `Courses: ${(await courseCount(calderdale)).toLocaleString('en-GB')} in Calderdale, ` +
      `${(await courseCount(northvale)).toLocaleString('en-GB')} in Northvale, ${total!.n.toLocaleString('en-GB')} in all ` +
      `(seeded in ${((Date.now() - started) / 1000).toFixed(0)} s).`,
  );

  const postcode = parsePostcodeQuery('HX1 3UZ');
  const place = postcode ? await lookupPostcode(postcode) : null;
  const origin = place;
  const scope = { laId: calderdale, now: new Date(), rules: freshnessRulesFrom() };
  const searches: { name: string; params: Record<string, string>; withOrigin?: boolean }[] = [
    { name: 'keyword "hairdressing"', params: { q: 'hairdressing' } },
    { name: 'misspelt "plumbng"', params: { q: 'plumbng' } },
    { name: 'keyword + level "care"', params: { q: 'care', level: 'gcse-level' } },
    { name: 'subject area', params: { area: 'building-and-construction' } },
    { name: 'within 5 miles, nearest first', params: { postcode: 'HX1 3UZ', distance: '5', sort: 'distance' }, withOrigin: true },
  ];

  captureQueries();
  console.log('\nsearch                          | found | plan ms | seq scan of courses | indexes used');
  console.log('--------------------------------|-------|---------|---------------------|-------------');
  for (const search of searches) {
    const filters = parseCourseSearch(search.params);
    captured.length = 0;
    const result = await findCourses({ ...scope, filters, origin: search.withOrigin ? origin : null });
    const queries = [...captured];
    captured.length = 0;
    let worst = { indexes: [] as string[], seqScanOfCourses: false, ms: 0 };
    const indexes = new Set<string>();
    for (const query of queries.filter((q) => /from "courses"/i.test(q.text))) {
      const summary = summarisePlan(await explain(query));
      summary.indexes.forEach((name) => indexes.add(name));
      worst = { indexes: [], seqScanOfCourses: worst.seqScanOfCourses || summary.seqScanOfCourses, ms: worst.ms + summary.ms };
    }
    captured.length = 0;
    console.log(
      `${search.name.padEnd(32)}| ${String(result.total).padStart(5)} | ${worst.ms.toFixed(1).padStart(7)} | ` +
        `${(worst.seqScanOfCourses ? 'YES' : 'no').padEnd(19)} | ${[...indexes].join(', ')}`,
    );
  }
}

try {
  await main();
} finally {
  await closeDatabase(db);
}
