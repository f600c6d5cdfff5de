// Step 1 of `npm run bench:load`, run in its own process before the server opens the same PGlite directory:
// migrate, seed the demo, add the extra vacancies, then write what the load test asks for (course slugs,
// vacancy ids, postcodes, search words) to a JSON file.
// Run with: node --conditions=react-server --import tsx scripts/bench/seed-load-data.ts <extra vacancies> <out.json>
import { writeFileSync } from 'node:fs';
import { count, eq, sql } from 'drizzle-orm';
import { closeDatabase, openDatabase, runMigrations } from '../../db/client';
import { visibleCourse } from '../../db/queries/courses';
import { visibleVacancy } from '../../db/queries/vacancies';
import { courses, employers, localAuthorities, providers, vacancies } from '../../db/schema';
import { seedManyVacancies } from '../../db/seed/bench';
import { CALDERDALE_PLACES } from '../../db/seed/data/places';
import { isDatabaseSeeded, seedDemo } from '../../db/seed/demo';
import { freshnessRulesFrom } from '../../lib/freshness/rules';

const extra = Number(process.argv[2] ?? 100_000);
const outFile = process.argv[3] ?? '.data/bench-load-sample.json';

const database = openDatabase();
try {
  let started = Date.now();
  await runMigrations(database);
  if (!(await isDatabaseSeeded(database))) {
    await seedDemo(database);
    console.log(`Seeded the demo in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const [area] = await database.select({ id: localAuthorities.id }).from(localAuthorities).where(eq(localAuthorities.slug, 'calderdale'));
  if (!area) throw new Error('The demo has no Calderdale.');
  const [before] = await database.select({ n: count() }).from(vacancies);
  started = Date.now();
  let lastReport = 0;
  await seedManyVacancies(database, {
    count: extra,
    onProgress: (done) => {
      if (done - lastReport >= 10_000 || done === extra) {
        lastReport = done;
        process.stdout.write(`  ${done.toLocaleString('en-GB')} vacancies added (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
      }
    },
  });
  await database.execute(sql`analyze`);
  const [after] = await database.select({ n: count() }).from(vacancies);
  console.log(
    `Vacancies: ${before!.n.toLocaleString('en-GB')} from the demo + ${extra.toLocaleString('en-GB')} added = ` +
      `${after!.n.toLocaleString('en-GB')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  // Requests spread over the whole table: a random sample of live vacancies, every Calderdale course.
  // Only records young people may see, with the app's own rules, so every request should answer 200.
  const scope = { laId: area.id, now: new Date(), rules: freshnessRulesFrom() };
  const vacancyIds = (
    await database
      .select({ id: vacancies.id })
      .from(vacancies)
      .leftJoin(employers, eq(employers.id, vacancies.employerId))
      .where(visibleVacancy(scope))
      .orderBy(sql`random()`)
      .limit(2_000)
  ).map((row) => row.id);
  const courseSlugs = (
    await database
      .select({ slug: courses.slug })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(visibleCourse(scope))
  ).map((row) => row.slug);
  writeFileSync(
    outFile,
    JSON.stringify({ vacancyIds, courseSlugs, postcodes: CALDERDALE_PLACES.map((place) => place.postcode) }, null, 1),
  );
} finally {
  await closeDatabase(database);
}
