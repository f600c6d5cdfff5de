import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../client';
import { categories, employers, localAuthorities, vacancies, type NewVacancy } from '../schema';
import { findPlace } from './data/places';
import { EMPLOYMENT_TITLE_PARTS } from './data/vacancy-titles';
import { addDays, startOfDay, toIsoDate } from './dates';
import { buildVacancy } from './factories';
import { createRandom } from './random';

// Bulk data for the load benchmark (scripts/bench/load.mjs), never for the demo: many vacancies in one area,
// so the search queries are measured on a table the size of a big council's, not the demo's two thousand.

/** Rows per INSERT: 1,000 rows of ~30 columns stays well under PostgreSQL's 65,535 parameters. */
const BATCH_SIZE = 1_000;

/**
 * Adds `count` live jobs and apprenticeships to one council area, offered by its approved employers at their
 * own places, with titles from the demo's title parts, so keyword and postcode searches find realistic
 * numbers. Seeded random: the same count gives the same rows (ids apart). Returns how many were added.
 */
export async function seedManyVacancies(
  db: Database,
  { laSlug = 'calderdale', count, seed = 12, onProgress }: { laSlug?: string; count: number; seed?: number; onProgress?: (done: number) => void },
): Promise<number> {
  const random = createRandom(seed);
  const [area] = await db.select({ id: localAuthorities.id }).from(localAuthorities).where(eq(localAuthorities.slug, laSlug));
  if (!area) throw new Error(`No council with slug ${laSlug}: seed the demo first.`);
  const offering = await db
    .select({ id: employers.id, name: employers.name, postcode: employers.postcode, latitude: employers.latitude, longitude: employers.longitude })
    .from(employers)
    .where(and(eq(employers.laId, area.id), eq(employers.status, 'approved')));
  if (offering.length === 0) throw new Error(`${laSlug} has no approved employers.`);
  const kinds = (
    await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(isNotNull(categories.parentId))
  ).filter((kind) => EMPLOYMENT_TITLE_PARTS[kind.slug]);
  if (kinds.length === 0) throw new Error('No kinds of work with vacancy titles: seed the demo first.');

  const today = startOfDay(new Date());
  let added = 0;
  while (added < count) {
    const rows: NewVacancy[] = [];
    for (let i = 0; i < Math.min(BATCH_SIZE, count - added); i += 1) {
      const kind = random.pick(kinds);
      const parts = EMPLOYMENT_TITLE_PARTS[kind.slug]!;
      const role = random.pick(parts.roles);
      const title = parts.settings ? `${role} – ${random.pick(parts.settings)}` : role;
      const employer = random.pick(offering);
      const isApprenticeship = /apprentice/i.test(title);
      const lastCheckedAt = addDays(today, -random.int(0, 60));
      rows.push(
        buildVacancy({
          laId: area.id,
          employerId: employer.id,
          categoryId: kind.id,
          type: isApprenticeship ? 'apprenticeship' : 'job',
          title,
          summary: `${employer.name} is looking for someone to join the team as ${title.toLowerCase()}.`,
          whatYoullDo: 'You learn on the job with a friendly team, and get the training you need.',
          wagePence: isApprenticeship ? 800 + random.int(0, 12) * 25 : 1085 + random.int(0, 60) * 5,
          hoursType: random.chance(0.25) ? 'part_time' : 'full_time',
          postcode: employer.postcode,
          town: findPlace(employer.postcode)?.town ?? 'Halifax',
          latitude: employer.latitude + (random.next() - 0.5) * 0.01,
          longitude: employer.longitude + (random.next() - 0.5) * 0.01,
          closesOn: toIsoDate(addDays(today, random.int(3, 60))),
          isNoExperienceNeeded: random.chance(0.5),
          isNoQualificationsNeeded: random.chance(0.35),
          lastCheckedAt,
        }),
      );
    }
    await db.insert(vacancies).values(rows);
    added += rows.length;
    onProgress?.(added);
  }
  return added;
}
