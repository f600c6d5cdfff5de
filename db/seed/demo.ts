import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { seedDemoApplications } from './applications';
import { seedPostcodes } from './postcodes';
import { seedDemoModeration } from './manage';
import { seedDemoPrivacy } from './privacy';
import { seedDemoSavedSearches } from './notifications';
import { seedDemoActionPlan } from './action-plans';
import {
  categories,
  courseRuns,
  courses,
  employers,
  localAuthorities,
  openDays,
  providerSites,
  providers,
  skills,
  vacancies,
  type NewCourse,
  type NewCourseRun,
  type NewEmployer,
  type NewOpenDay,
  type NewProvider,
  type NewProviderSite,
  type NewVacancy,
} from '../schema';
import { DEMO_ACCOUNTS, DEMO_CENTRES, DEMO_LOCAL_AUTHORITIES, type DemoAccount, STALE_DEMO_COURSE_SLUG } from './accounts';
import { AREAS, KINDS, categoryImagePath, type KindDefinition } from './data/categories';
import { KIND_COURSE_WORDS, PROGRAMMES, type Programme } from './data/courses';
import { CALDERDALE_EMPLOYERS, NORTHVALE_EMPLOYERS, type EmployerDefinition } from './data/employers';
import { CALDERDALE_PLACES, NORTHVALE_PLACES, findPlace, type Place } from './data/places';
import { CALDERDALE_PROVIDERS, NORTHVALE_PROVIDERS, SUPPORT_INFO, type ProviderDefinition } from './data/providers';
import { seedDemoCv } from './cv';
import { seedDemoStories } from './stories';
import { SKILLS, skillImagePath } from './data/skills';
import { EMPLOYMENT_TITLE_PARTS, VOLUNTEERING_ROLES, WORK_EXPERIENCE_TITLES } from './data/vacancy-titles';
import { addDays, dateOfBirthForAge, nextMonday, nextTermStart, startOfDay, toIsoDate } from './dates';
import { seedCaseload, seedCentre, seedLocalAuthority, seedMembership, seedUser, seedYoungPerson } from './factories';
import { claimSlug, isApprenticeshipTitle, planEmploymentVacancies, planTrainingPlaces, slugify } from './plan';
import { createRandom, type Random } from './random';

/** The 2026/27 legal minimum for apprentices (£8.00 an hour from 1 April 2026; it was £7.55 before). */
export const APPRENTICE_MINIMUM_HOURLY_PENCE = 800;
/** The 2026/27 legal minimum for 18 to 20 year olds, the bottom of the demo's job wages. */
const YOUNG_WORKER_MINIMUM_HOURLY_PENCE = 1085;

export type DemoSummary = {
  localAuthorities: number;
  centres: number;
  users: number;
  categories: { areas: number; kinds: number };
  skills: number;
  providers: number;
  providerSites: number;
  openDays: number;
  /** Both councils (Northvale's are also counted under northvale). */
  courses: number;
  courseRuns: number;
  employers: number;
  /** Calderdale's vacancies by type: Table 5's 1,491 jobs and apprenticeships, Table 4's training places, and more. */
  vacancies: {
    total: number;
    job: number;
    apprenticeship: number;
    training_place: number;
    work_experience: number;
    volunteering: number;
  };
  /** Calderdale's training places: counted places, plus kinds that take any number (stored as null). */
  trainingPlaces: { rows: number; places: number; openEndedRows: number };
  northvale: { providers: number; courses: number; vacancies: number };
};

/** True once the demo (or anything else) has created a local authority. */
export async function isDatabaseSeeded(db: Database): Promise<boolean> {
  const rows = await db.select({ id: localAuthorities.id }).from(localAuthorities).limit(1);
  return rows.length > 0;
}

const CHUNK_SIZE = 250;

/** Multi-row inserts in chunks, so a few thousand rows go in with a handful of statements. */
async function insertAll<T extends PgTable>(db: Database, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
    await db.insert(table).values(rows.slice(i, i + CHUNK_SIZE));
  }
}

function requirePlace(postcode: string, places: readonly Place[]): Place {
  const place = findPlace(postcode, places);
  if (!place) throw new Error(`Postcode ${postcode} is not in places.ts.`);
  return place;
}

function requireValue<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}.`);
  return value;
}

/** "an apprentice plumber", "a junior stylist": the role part of a title, as it reads inside a sentence. */
function withArticle(title: string): string {
  const role = title.split(' – ')[0] as string;
  const lowered = /^[A-Z][a-z]/.test(role) ? role[0]!.toLowerCase() + role.slice(1) : role;
  return `${/^[aeiou]/i.test(lowered) ? 'an' : 'a'} ${lowered}`;
}

/** How long ago a record was last checked: mostly recent, some 2-3 months, a few past the 90-day stale line. */
function lastCheckedDaysAgo(random: Random): number {
  const roll = random.next();
  if (roll < 0.8) return random.int(0, 60);
  if (roll < 0.94) return random.int(61, 89);
  return random.int(91, 120);
}

function checkedAt(today: Date, random: Random): Date {
  const at = addDays(today, -lastCheckedDaysAgo(random));
  at.setUTCHours(random.int(8, 17), random.pick([0, 15, 30, 45]));
  return at;
}

// ---------------------------------------------------------------------------------------------------------------
// Courses: words that depend on the route and level

const LEVEL_OPENERS: Record<Programme['level'], string> = {
  entry: 'A gentle start, with lots of help.',
  level_1: 'A first step into this kind of work.',
  level_2: 'Build real skills that employers want.',
  level_3: 'An advanced course that can lead to a skilled job, a higher apprenticeship or university.',
  level_4: 'A higher-level course for people who already have a Level 3.',
};

function courseSummary(programme: Programme, kind: KindDefinition): string {
  switch (programme.route) {
    case 'a_level':
      return `A two-year A level in a small, friendly group. ${kind.description}`;
    case 't_level':
      return `A two-year course with a long work placement (at least 45 days) built in. ${kind.description}`;
    case 'apprenticeship':
      return `A paid job with training: you work for an employer and learn on the job. ${kind.description}`;
    case 'taster_14_16':
      return `For Years 10 and 11: one day a week, alongside school. ${kind.description}`;
    case 'supported':
      return `For young people up to 25 with a learning difficulty or disability, at your own pace. ${kind.description}`;
    default:
      return `${LEVEL_OPENERS[programme.level]} ${kind.description}`;
  }
}

function entryWords(programme: Programme): { entryRequirements: string; isNoQualificationsNeeded: boolean } {
  if (programme.route === 'a_level') {
    return {
      entryRequirements: 'Five GCSEs at grade 4 or above, with grade 6 in this subject or one close to it.',
      isNoQualificationsNeeded: false,
    };
  }
  if (programme.route === 't_level') {
    return { entryRequirements: 'Five GCSEs at grade 4 or above, including English and maths.', isNoQualificationsNeeded: false };
  }
  if (programme.route === 'taster_14_16') {
    return { entryRequirements: 'Ask your school about this course. It is for Years 10 and 11.', isNoQualificationsNeeded: true };
  }
  if (programme.route === 'supported') {
    return {
      entryRequirements: 'You do not need any qualifications. You need an education, health and care (EHC) plan. We will meet you and your family first.',
      isNoQualificationsNeeded: true,
    };
  }
  if (programme.route === 'apprenticeship') {
    return programme.level === 'level_3'
      ? {
          entryRequirements: 'Four or five GCSEs at grade 4 or above, or a Level 2 in the same kind of work. You also need an employer: we can help you find one.',
          isNoQualificationsNeeded: false,
        }
      : {
          entryRequirements: 'No set grades. You do a short English and maths check, and you need an employer: we can help you find one.',
          isNoQualificationsNeeded: true,
        };
  }
  switch (programme.level) {
    case 'entry':
      return { entryRequirements: 'You do not need any qualifications. We will have a chat to find the right level for you.', isNoQualificationsNeeded: true };
    case 'level_1':
      return { entryRequirements: 'You do not need any exams. You need to want to learn and to come along every week.', isNoQualificationsNeeded: true };
    case 'level_2':
      return {
        entryRequirements: 'Some GCSEs at grade 2 or 3, or a Level 1 course. Not sure? Come and talk to us.',
        isNoQualificationsNeeded: false,
      };
    default:
      return {
        entryRequirements: 'Four or five GCSEs at grade 4 or above, including English or maths, or a Level 2 in the same subject.',
        isNoQualificationsNeeded: false,
      };
  }
}

function courseCost(programme: Programme): string {
  switch (programme.route) {
    case 'apprenticeship':
      return 'Free. You are paid a wage while you learn.';
    case 'taster_14_16':
      return 'Free. Your school arranges your place.';
    case 'supported':
      return 'Free if you have an EHC plan.';
    case 'a_level':
    case 't_level':
      return 'Free if you are 16 to 18.';
    default:
      return 'Free if you are 16 to 18. If you are 19 or over, ask us: it is often free.';
  }
}

function courseDuration(programme: Programme, random: Random): string {
  if (programme.route === 'a_level' || programme.route === 't_level') return '2 years';
  if (programme.route === 'taster_14_16') return '1 year, 1 day a week';
  if (programme.route === 'supported') return '1 year';
  if (programme.route === 'apprenticeship') return programme.level === 'level_3' ? '2 years' : '12 to 18 months';
  if (programme.part) return random.pick(['10 weeks, 1 day a week', '12 weeks, 2 evenings a week', '8 weeks, 2 mornings a week']);
  return programme.level === 'level_3' ? '2 years' : '1 year';
}

function isOfferedBy(programme: Programme, provider: ProviderDefinition): boolean {
  if (!provider.courseKinds.includes(programme.kind)) return false;
  if (programme.route === 'apprenticeship') return provider.apprenticeships.includes(programme.subject ?? '');
  if (!programme.at.includes(provider.kind)) return false;
  if (programme.route === 'taster_14_16') return provider.isFor14To16 === true;
  if (programme.route === 'supported') return provider.isForLearningDifficulties === true;
  return true;
}

/** The programmes a provider runs. Exported for tests of the demo's shape. */
export function programmesFor(provider: ProviderDefinition): Programme[] {
  return PROGRAMMES.filter((programme) => isOfferedBy(programme, provider));
}

// ---------------------------------------------------------------------------------------------------------------

type Context = {
  db: Database;
  today: Date;
  random: Random;
  categoryIds: Map<string, string>;
};

type SeededProvider = {
  definition: ProviderDefinition;
  id: string;
  sites: { id: string; place: Place }[];
};

type SeededEmployer = { definition: EmployerDefinition; id: string; place: Place };

async function seedCategories(db: Database): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const areaRows = await db
    .insert(categories)
    .values(
      AREAS.map((area, position) => ({
        slug: area.slug,
        name: area.name,
        description: area.description,
        imagePath: categoryImagePath(area.slug),
        imageAlt: '',
        lenses: [...area.lenses],
        position,
      })),
    )
    .onConflictDoUpdate({ target: categories.slug, set: { name: sql`excluded.name` } })
    .returning({ id: categories.id, slug: categories.slug });
  for (const row of areaRows) ids.set(row.slug, row.id);

  const kindRows = await db
    .insert(categories)
    .values(
      KINDS.map((kind) => ({
        slug: kind.slug,
        parentId: requireValue(ids.get(kind.area), `area ${kind.area}`),
        name: kind.name,
        description: kind.description,
        imagePath: categoryImagePath(kind.image),
        imageAlt: '',
        lenses: [...kind.lenses],
        position: KINDS.filter((other) => other.area === kind.area).indexOf(kind),
      })),
    )
    .onConflictDoUpdate({ target: categories.slug, set: { name: sql`excluded.name` } })
    .returning({ id: categories.id, slug: categories.slug });
  for (const row of kindRows) ids.set(row.slug, row.id);
  return ids;
}

async function seedSkills(db: Database): Promise<void> {
  await db
    .insert(skills)
    .values(SKILLS.map((skill, position) => ({ slug: skill.slug, name: skill.name, imagePath: skillImagePath(skill.slug), position })))
    .onConflictDoNothing({ target: skills.slug });
}

async function seedProviders(
  ctx: Context,
  laId: string,
  definitions: readonly ProviderDefinition[],
  places: readonly Place[],
  checkers: { defaultId: string; byProviderSlug: Map<string, string> },
): Promise<SeededProvider[]> {
  const { random, today } = ctx;
  const seeded: SeededProvider[] = [];
  const providerRows: NewProvider[] = [];
  const siteRows: NewProviderSite[] = [];
  const openDayRows: NewOpenDay[] = [];
  let textNumber = 200;

  definitions.forEach((definition, index) => {
    const id = randomUUID();
    const domain = definition.website ? new URL(definition.website).hostname.replace(/^www\./, '') : `${definition.slug}.example`;
    providerRows.push({
      id,
      laId,
      slug: definition.slug,
      name: definition.name,
      kind: definition.kind,
      summary: definition.summary,
      description: definition.description,
      supportInfo: SUPPORT_INFO[index % SUPPORT_INFO.length] as string,
      website: definition.website,
      // Ofcom's drama range: 07700 900000 to 900999.
      textNumber: definition.hasTextNumber ? `+447700900${String(textNumber++).padStart(3, '0')}` : null,
      email: `hello@${domain}`,
      phone: `01632 960${String(100 + index).padStart(3, '0')}`,
      imagePath: `/images/providers/${definition.image}.svg`,
      imageAlt: '',
      offersApprenticeships: [...definition.apprenticeships],
      lastCheckedAt: checkedAt(today, random),
      lastCheckedById: checkers.byProviderSlug.get(definition.slug) ?? checkers.defaultId,
    });
    const sites = definition.sites.map((site) => {
      const place = requirePlace(site.postcode, places);
      const siteId = randomUUID();
      siteRows.push({
        id: siteId,
        providerId: id,
        name: site.name,
        addressLine: `${random.int(1, 180)} ${place.street}`,
        town: place.town,
        postcode: place.postcode,
        latitude: place.latitude,
        longitude: place.longitude,
        gettingThere: site.gettingThere,
      });
      return { id: siteId, place };
    });
    // Open days in the next 2 to 10 weeks: a weekday evening or a Saturday morning.
    const openDayCount = definition.kind === 'college' ? 3 : random.int(0, 2);
    for (let n = 0; n < openDayCount; n++) {
      const day = addDays(startOfDay(today), random.int(14, 70));
      const isSaturday = random.chance(0.4);
      const date = isSaturday ? addDays(day, (6 - day.getUTCDay() + 7) % 7) : day.getUTCDay() % 6 === 0 ? addDays(day, 2) : day;
      const startsAt = new Date(date);
      startsAt.setUTCHours(isSaturday ? 10 : 16, isSaturday ? 0 : 30);
      const site = random.pick(sites);
      openDayRows.push({
        providerId: id,
        siteId: site.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (isSaturday ? 3 : 2.5) * 60 * 60 * 1000),
        description: random.pick([
          'Come and look around, meet the tutors and try things out. Bring a friend or someone from home.',
          'Have a go in our workshops and ask current students what it is really like.',
          'Drop in any time. We can help you apply on the day.',
          'A relaxed open event with tasters, free food and help with applying.',
        ]),
      });
    }
    seeded.push({ definition, id, sites });
  });

  await insertAll(ctx.db, providers, providerRows);
  await insertAll(ctx.db, providerSites, siteRows);
  await insertAll(ctx.db, openDays, openDayRows);
  return seeded;
}

async function seedCourses(
  ctx: Context,
  laId: string,
  seededProviders: SeededProvider[],
  options: { titlePrefix?: string; maxPerProvider?: number; checkers: { defaultId: string; byProviderSlug: Map<string, string> } },
): Promise<{ courses: number; runs: number }> {
  const { random, today } = ctx;
  const slugs = new Set<string>();
  const courseRows: NewCourse[] = [];
  const runRows: NewCourseRun[] = [];
  const september = nextTermStart(today, 8);
  const january = nextTermStart(today, 0);

  for (const provider of seededProviders) {
    const programmes = programmesFor(provider.definition).slice(0, options.maxPerProvider);
    for (const programme of programmes) {
      const kind = requireValue(
        KINDS.find((k) => k.slug === programme.kind),
        `kind ${programme.kind}`,
      );
      const words = requireValue(KIND_COURSE_WORDS[kind.slug], `course words for ${kind.slug}`);
      const title = options.titlePrefix ? `${options.titlePrefix} ${programme.title}` : programme.title;
      const id = randomUUID();
      const isAcademic = programme.route === 'a_level' || programme.route === 't_level';
      courseRows.push({
        id,
        laId,
        providerId: provider.id,
        categoryId: requireValue(ctx.categoryIds.get(kind.slug), `category ${kind.slug}`),
        slug: claimSlug(slugify(`${title} ${provider.definition.slug}`), slugs),
        title,
        summary: courseSummary(programme, kind),
        whatYouLearn: programme.learn ?? words.learn,
        ...entryWords(programme),
        leadsTo: isAcademic ? 'University, a higher apprenticeship or a skilled job.' : words.leadsTo,
        cost: courseCost(programme),
        level: programme.level,
        mode: programme.part || programme.route === 'taster_14_16' ? 'part_time' : 'full_time',
        method:
          programme.route === 'apprenticeship'
            ? 'work_based'
            : programme.route === 'supported' || programme.route === 't_level'
              ? 'mixed'
              : 'classroom',
        ageGroup:
          programme.route === 'taster_14_16' ? 'age_14_16' : programme.route === 'supported' ? 'age_19_25' : 'age_16_19',
        isApprenticeship: programme.route === 'apprenticeship',
        durationText: courseDuration(programme, random),
        imageAlt: '',
        status: 'published',
        lastCheckedAt: checkedAt(today, random),
        lastCheckedById: options.checkers.byProviderSlug.get(provider.definition.slug) ?? options.checkers.defaultId,
      });

      // Intakes: September for most; January too for many vocational courses and apprenticeships;
      // short and get-ready courses start every few weeks.
      const site = provider.sites.length > 1 && random.chance(0.35) ? random.pick(provider.sites) : provider.sites[0];
      const siteId = requireValue(site, `a site for ${provider.definition.slug}`).id;
      const places = () => (random.chance(0.15) ? null : random.int(3, 6) * 4);
      const isRolling = programme.part || programme.kind === 'getting-ready-for-work-courses';
      if (isRolling) {
        const first = nextMonday(addDays(today, random.int(7, 28)));
        runRows.push({ courseId: id, siteId, startsOn: toIsoDate(first), applyBy: toIsoDate(addDays(first, -5)), places: places() });
        const second = addDays(first, 7 * random.int(8, 12));
        runRows.push({ courseId: id, siteId, startsOn: toIsoDate(second), applyBy: toIsoDate(addDays(second, -5)), places: places() });
        continue;
      }
      const septemberApplyBy = addDays(september, -random.int(6, 16) * 7);
      runRows.push({
        courseId: id,
        siteId,
        startsOn: toIsoDate(september),
        applyBy: toIsoDate(septemberApplyBy < addDays(today, 7) ? addDays(september, -7) : septemberApplyBy),
        places: places(),
      });
      const hasJanuary = programme.route === 'apprenticeship' || (!isAcademic && programme.route === 'vocational' && random.chance(0.3));
      if (hasJanuary && january < september) {
        runRows.push({
          courseId: id,
          siteId,
          startsOn: toIsoDate(january),
          applyBy: toIsoDate(addDays(january, -21)),
          places: places(),
        });
      }
    }
  }
  await insertAll(ctx.db, courses, courseRows);
  await insertAll(ctx.db, courseRuns, runRows);
  return { courses: courseRows.length, runs: runRows.length };
}

async function seedEmployers(
  ctx: Context,
  laId: string,
  definitions: readonly EmployerDefinition[],
  places: readonly Place[],
  checkers: { defaultId: string; byEmployerSlug: Map<string, string> },
): Promise<SeededEmployer[]> {
  const rows: NewEmployer[] = [];
  const seeded: SeededEmployer[] = [];
  for (const definition of definitions) {
    const id = randomUUID();
    const place = requirePlace(definition.postcode, places);
    rows.push({
      id,
      laId,
      slug: definition.slug,
      name: definition.name,
      summary: definition.summary,
      status: definition.status,
      postcode: place.postcode,
      latitude: place.latitude,
      longitude: place.longitude,
      imagePath: '/images/providers/office.svg',
      lastCheckedAt: checkedAt(ctx.today, ctx.random),
      lastCheckedById: checkers.byEmployerSlug.get(definition.slug) ?? checkers.defaultId,
    });
    seeded.push({ definition, id, place });
  }
  await insertAll(ctx.db, employers, rows);
  return seeded;
}

const LENS_WANTS: Record<string, string> = {
  practical: 'You like hands-on work and getting things done properly.',
  creative: 'You have ideas of your own and like making things look good.',
  social: 'You are friendly and like helping people.',
};

function whatTheyWant(kind: KindDefinition, isNoExperienceNeeded: boolean): string {
  const lens = kind.lenses[0] ?? 'practical';
  return [
    LENS_WANTS[lens],
    'You turn up on time and want to learn.',
    isNoExperienceNeeded ? 'You do not need any experience: we will train you.' : 'Some experience helps, like a Saturday job or a course.',
  ].join(' ');
}

type VacancyCommon = Pick<NewVacancy, 'laId' | 'postcode' | 'town' | 'latitude' | 'longitude'>;

function locationOf(laId: string, place: Place): VacancyCommon {
  return { laId, postcode: place.postcode, town: place.town, latitude: place.latitude, longitude: place.longitude };
}

/** Live vacancies close in 3 to 60 days (a few are ongoing); closed ones closed recently. */
function closingDate(ctx: Context, isClosed: boolean, ongoingChance: number): string | null {
  if (isClosed) return toIsoDate(addDays(ctx.today, -ctx.random.int(1, 20)));
  if (ctx.random.chance(ongoingChance)) return null;
  return toIsoDate(addDays(ctx.today, ctx.random.int(3, 60)));
}

function jobOrApprenticeshipRow(
  ctx: Context,
  laId: string,
  employer: SeededEmployer,
  kind: KindDefinition,
  title: string,
  checkerId: string,
): NewVacancy {
  const { random } = ctx;
  const isApprenticeship = isApprenticeshipTitle(title);
  const isClosed = random.chance(0.006);
  const isNoExperienceNeeded = random.chance(isApprenticeship ? 0.7 : 0.35);
  const isSalaried = ['army', 'royal-navy', 'working-at-sea', 'trainee-manager'].includes(kind.slug);
  const isPartTime = !isApprenticeship && !isSalaried && (/saturday|sunday|weekend/i.test(title) || random.chance(0.25));
  const isMinimumWageForAge = !isSalaried && random.chance(isApprenticeship ? 0.45 : 0.3);
  const wagePence = isMinimumWageForAge
    ? null
    : isSalaried
      ? random.int(42, 52) * 50_000
      : isApprenticeship
        ? APPRENTICE_MINIMUM_HOURLY_PENCE + random.int(0, 12) * 25
        : YOUNG_WORKER_MINIMUM_HOURLY_PENCE + random.int(0, 60) * 5;
  return {
    ...locationOf(laId, employer.place),
    employerId: employer.id,
    categoryId: requireValue(ctx.categoryIds.get(kind.slug), `category ${kind.slug}`),
    type: isApprenticeship ? 'apprenticeship' : 'job',
    status: isClosed ? 'closed' : 'live',
    title,
    summary: `${employer.definition.name} is looking for ${withArticle(title)}. ${kind.description}`,
    whatYoullDo: isApprenticeship
      ? `${kind.description} You work alongside an experienced team, with one day a week at college or a training centre to get your qualification.`
      : `${kind.description} You get training on the job and a friendly team to help you learn.`,
    whatTheyWant: whatTheyWant(kind, isNoExperienceNeeded),
    wagePence,
    wageUnit: isSalaried ? 'year' : 'hour',
    isMinimumWageForAge,
    hoursPerWeek: isPartTime ? random.pick(['8', '12', '16', '20']) : random.pick(isApprenticeship ? ['30', '35', '37.5', '40'] : ['35', '37.5', '40']),
    hoursType: isPartTime ? 'part_time' : 'full_time',
    closesOn: closingDate(ctx, isClosed, 0.03),
    places: 1,
    isNoExperienceNeeded,
    isNoQualificationsNeeded: random.chance(isApprenticeship ? 0.4 : 0.3),
    acceptsVoiceAndVideo: random.chance(0.9),
    imageAlt: '',
    lastCheckedAt: checkedAt(ctx.today, random),
    lastCheckedById: checkerId,
  };
}

function requireKind(slug: string): KindDefinition {
  return requireValue(
    KINDS.find((kind) => kind.slug === slug),
    `kind ${slug}`,
  );
}

async function seedCalderdaleVacancies(
  ctx: Context,
  laId: string,
  seededEmployers: SeededEmployer[],
  seededProviders: SeededProvider[],
  checkers: { defaultId: string; byEmployerSlug: Map<string, string> },
): Promise<DemoSummary['vacancies'] & { trainingPlaces: DemoSummary['trainingPlaces'] }> {
  const { random } = ctx;
  const rows: NewVacancy[] = [];
  const approved = seededEmployers.filter((employer) => employer.definition.status === 'approved');
  const checkerFor = (employer: SeededEmployer) => checkers.byEmployerSlug.get(employer.definition.slug) ?? checkers.defaultId;

  // Table 5: 1,491 jobs and apprenticeships in 70 kinds of work.
  for (const plan of planEmploymentVacancies()) {
    const kind = requireKind(plan.kindSlug);
    const offering = approved.filter((employer) => employer.definition.kinds.includes(kind.slug));
    if (offering.length === 0) throw new Error(`No approved employer offers ${kind.slug}.`);
    for (const title of plan.vacancyTitles) {
      const employer = random.pick(offering);
      rows.push(jobOrApprenticeshipRow(ctx, laId, employer, kind, title, checkerFor(employer)));
    }
  }

  // Table 4: training places offered by training providers (and the odd employer provider or charity).
  const trainingSummary = { rows: 0, places: 0, openEndedRows: 0 };
  for (const plan of planTrainingPlaces()) {
    const kind = requireKind(plan.kindSlug);
    const offering = random.shuffle(seededProviders.filter((provider) => provider.definition.trainingKinds.includes(kind.slug)));
    if (offering.length === 0) throw new Error(`No provider offers training places in ${kind.slug}.`);
    const isPreparatory = kind.slug === 'getting-ready-for-work-courses';
    plan.rows.forEach((planned, index) => {
      const provider = offering[index % offering.length] as SeededProvider;
      const site = random.pick(provider.sites);
      const isClosed = random.chance(0.01);
      const isPaidAllowance = isPreparatory || random.chance(0.6);
      trainingSummary.rows += 1;
      trainingSummary.places += planned.places ?? 0;
      if (planned.places === null) trainingSummary.openEndedRows += 1;
      rows.push({
        ...locationOf(laId, site.place),
        providerId: provider.id,
        categoryId: requireValue(ctx.categoryIds.get(kind.slug), `category ${kind.slug}`),
        type: 'training_place',
        status: isClosed ? 'closed' : 'live',
        title: planned.title,
        summary:
          planned.places === null
            ? `${provider.definition.name} has a place for everyone who wants one. ${kind.description}`
            : `${provider.definition.name} has ${planned.places} ${planned.places === 1 ? 'place' : 'places'}. ${kind.description}`,
        whatYoullDo: isPreparatory
          ? 'Try out different kinds of work, build your confidence, and get help with English, maths, CVs and interviews. You can start any Monday.'
          : `${kind.description} You learn in a training centre and on placements with local employers.`,
        whatTheyWant: 'You want to give it a go. You do not need any qualifications or experience.',
        wagePence: isPaidAllowance ? random.pick([3000, 3000, 4000]) : null,
        wageUnit: isPaidAllowance ? 'allowance' : 'unpaid',
        isMinimumWageForAge: false,
        hoursPerWeek: isPreparatory ? random.pick(['16', '18', '21']) : random.pick(['21', '25', '30']),
        hoursType: isPreparatory ? 'part_time' : 'full_time',
        closesOn: closingDate(ctx, isClosed, 0.35),
        places: planned.places,
        isNoExperienceNeeded: true,
        isNoQualificationsNeeded: isPreparatory || random.chance(0.6),
        acceptsVoiceAndVideo: true,
        imageAlt: '',
        lastCheckedAt: checkedAt(ctx.today, random),
        lastCheckedById: checkers.defaultId,
      });
    });
  }

  // Work experience: two placements for each kind, at different employers where there are two.
  for (const [kindSlug, title] of WORK_EXPERIENCE_TITLES) {
    const kind = requireKind(kindSlug);
    const offering = random.shuffle(approved.filter((employer) => employer.definition.kinds.includes(kindSlug))).slice(0, 2);
    for (const employer of offering) {
      rows.push({
        ...locationOf(laId, employer.place),
        employerId: employer.id,
        categoryId: requireValue(ctx.categoryIds.get(kindSlug), `category ${kindSlug}`),
        type: 'work_experience',
        status: 'live',
        title,
        summary: `Spend a week with ${employer.definition.name} and see what the work is really like. ${kind.description}`,
        whatYoullDo: 'Shadow the team, have a go at real tasks and ask lots of questions. You get a reference at the end.',
        whatTheyWant: 'You are curious and want to find out about this kind of work. No experience needed.',
        wagePence: null,
        wageUnit: 'unpaid',
        hoursPerWeek: '30',
        hoursType: 'full_time',
        closesOn: closingDate(ctx, false, 0.1),
        places: random.int(1, 2),
        isNoExperienceNeeded: true,
        isNoQualificationsNeeded: true,
        acceptsVoiceAndVideo: true,
        imageAlt: '',
        lastCheckedAt: checkedAt(ctx.today, random),
        lastCheckedById: checkerFor(employer),
      });
    }
  }

  // Volunteering with charities and voluntary organisations.
  for (const role of VOLUNTEERING_ROLES) {
    const kind = requireKind(role.kind);
    for (const offerer of role.offeredBy) {
      const employer = 'employer' in offerer ? seededEmployers.find((e) => e.definition.slug === offerer.employer) : undefined;
      const provider = 'provider' in offerer ? seededProviders.find((p) => p.definition.slug === offerer.provider) : undefined;
      const place = employer?.place ?? provider?.sites[0]?.place;
      const name = employer?.definition.name ?? provider?.definition.name;
      if (!place || !name) throw new Error(`Unknown volunteering offerer ${JSON.stringify(offerer)}.`);
      const offeredBy = employer ? { employerId: employer.id } : { providerId: (provider as SeededProvider).id };
      rows.push({
        ...locationOf(laId, place),
        ...offeredBy,
        categoryId: requireValue(ctx.categoryIds.get(role.kind), `category ${role.kind}`),
        type: 'volunteering',
        status: 'live',
        title: role.title,
        summary: `Help out with ${name} for a few hours a week. ${kind.description}`,
        whatYoullDo: 'Work alongside friendly volunteers, learn new skills and meet new people. It looks great on your CV.',
        whatTheyWant: 'You are kind, reliable and happy to muck in. Anyone aged 14 and over can join.',
        wagePence: null,
        wageUnit: 'unpaid',
        hoursPerWeek: random.pick(['2', '3', '4', '6']),
        hoursType: 'part_time',
        closesOn: closingDate(ctx, false, 0.5),
        places: random.chance(0.5) ? null : random.int(2, 8),
        isNoExperienceNeeded: true,
        isNoQualificationsNeeded: true,
        acceptsVoiceAndVideo: true,
        imageAlt: '',
        lastCheckedAt: checkedAt(ctx.today, random),
        lastCheckedById: checkers.defaultId,
      });
    }
  }

  await insertAll(ctx.db, vacancies, rows);
  const countOf = (type: NewVacancy['type']) => rows.filter((row) => row.type === type).length;
  return {
    total: rows.length,
    job: countOf('job'),
    apprenticeship: countOf('apprenticeship'),
    training_place: countOf('training_place'),
    work_experience: countOf('work_experience'),
    volunteering: countOf('volunteering'),
    trainingPlaces: trainingSummary,
  };
}

/** Northvale's few vacancies: every title names Northvale, so a leak into Calderdale is easy to spot. */
async function seedNorthvaleVacancies(
  ctx: Context,
  laId: string,
  seededEmployers: SeededEmployer[],
  seededProviders: SeededProvider[],
  checkerId: string,
): Promise<number> {
  const rows: NewVacancy[] = [];
  for (const employer of seededEmployers) {
    for (const kindSlug of employer.definition.kinds) {
      const roles = EMPLOYMENT_TITLE_PARTS[kindSlug]?.roles ?? [];
      for (const role of roles.slice(0, 2)) {
        rows.push(jobOrApprenticeshipRow(ctx, laId, employer, requireKind(kindSlug), `${role} – ${employer.definition.name}`, checkerId));
      }
    }
  }
  const trainer = seededProviders.find((provider) => provider.definition.trainingKinds.length > 0);
  if (trainer) {
    const kind = requireKind('getting-ready-for-work-courses');
    for (const [title, places] of [
      ['Northvale Get Ready for Work programme', 24],
      ['Northvale work taster weeks', null],
    ] as const) {
      rows.push({
        ...locationOf(laId, requireValue(trainer.sites[0], 'Northvale site').place),
        providerId: trainer.id,
        categoryId: requireValue(ctx.categoryIds.get(kind.slug), `category ${kind.slug}`),
        type: 'training_place',
        title,
        summary: `${trainer.definition.name} runs this in Knaresborough. ${kind.description}`,
        whatYoullDo: 'Try out different kinds of work and build your confidence.',
        whatTheyWant: 'You want to give it a go.',
        wagePence: 3000,
        wageUnit: 'allowance',
        hoursPerWeek: '16',
        hoursType: 'part_time',
        closesOn: null,
        places,
        isNoExperienceNeeded: true,
        isNoQualificationsNeeded: true,
        lastCheckedAt: checkedAt(ctx.today, ctx.random),
        lastCheckedById: checkerId,
      });
    }
  }
  await insertAll(ctx.db, vacancies, rows);
  return rows.length;
}

async function seedAccount(ctx: Context, laId: string, account: DemoAccount) {
  const verifiedAt = addDays(ctx.today, -30);
  if (account.role === 'young_person') {
    const { user } = await seedYoungPerson(ctx.db, {
      laId,
      name: account.name,
      phone: account.phone ?? null,
      phoneVerified: verifiedAt,
      email: null,
      today: ctx.today,
      profile: {
        dateOfBirth: dateOfBirthForAge(ctx.today, account.age ?? 17),
        schoolYear: account.schoolYear ?? null,
        postcode: account.postcode ?? null,
      },
    });
    return user;
  }
  return seedUser(ctx.db, {
    laId,
    role: account.role,
    name: account.name,
    email: account.email ?? null,
    emailVerified: verifiedAt,
  });
}

/**
 * Seeds the whole demo in one transaction: shared categories and skills, Calderdale (the full demo) and
 * Northvale (a small second council that proves one LA never sees another's data). Deterministic for a given
 * `today`, apart from row ids. Call it on an empty database only (see isDatabaseSeeded).
 */
export async function seedDemo(db: Database, options: { today?: Date } = {}): Promise<DemoSummary> {
  const today = startOfDay(options.today ?? new Date());
  return db.transaction(async (tx) => {
    const ctx: Context = { db: tx as unknown as Database, today, random: createRandom(20081491), categoryIds: new Map() };
    ctx.categoryIds = await seedCategories(ctx.db);
    await seedSkills(ctx.db);
    await seedPostcodes(ctx.db);

    // Councils, centres and people
    const calderdale = await seedLocalAuthority(ctx.db, { ...DEMO_LOCAL_AUTHORITIES.calderdale, hosts: [...DEMO_LOCAL_AUTHORITIES.calderdale.hosts] });
    const northvale = await seedLocalAuthority(ctx.db, { ...DEMO_LOCAL_AUTHORITIES.northvale, hosts: [...DEMO_LOCAL_AUTHORITIES.northvale.hosts] });
    const laIds = { calderdale: calderdale.id, northvale: northvale.id };
    const seededCentres = [];
    for (const centre of DEMO_CENTRES) {
      seededCentres.push(await seedCentre(ctx.db, { laId: laIds[centre.laSlug], name: centre.name, postcode: centre.postcode }));
    }
    const people = {
      youngPerson: await seedAccount(ctx, calderdale.id, DEMO_ACCOUNTS.youngPerson),
      caseloadYoungPerson: await seedAccount(ctx, calderdale.id, DEMO_ACCOUNTS.caseloadYoungPerson),
      adviser: await seedAccount(ctx, calderdale.id, DEMO_ACCOUNTS.adviser),
      providerStaff: await seedAccount(ctx, calderdale.id, DEMO_ACCOUNTS.providerStaff),
      employerStaff: await seedAccount(ctx, calderdale.id, DEMO_ACCOUNTS.employerStaff),
      laAdmin: await seedAccount(ctx, calderdale.id, DEMO_ACCOUNTS.laAdmin),
      northvaleYoungPerson: await seedAccount(ctx, northvale.id, DEMO_ACCOUNTS.northvaleYoungPerson),
      northvaleLaAdmin: await seedAccount(ctx, northvale.id, DEMO_ACCOUNTS.northvaleLaAdmin),
    };
    await seedCaseload(ctx.db, { adviserId: people.adviser.id, youngPersonId: people.youngPerson.id });
    await seedCaseload(ctx.db, { adviserId: people.adviser.id, youngPersonId: people.caseloadYoungPerson.id });
    await seedDemoCv(ctx.db, { ownerId: people.youngPerson.id });
    await seedDemoPrivacy(ctx.db, { adviserId: people.adviser.id, youngPersonId: people.youngPerson.id });
    await seedDemoSavedSearches(ctx.db, { adviserId: people.adviser.id, youngPersonId: people.youngPerson.id });
    await seedDemoActionPlan(ctx.db, { adviserId: people.adviser.id, youngPersonId: people.youngPerson.id });

    // Calderdale's providers, courses, employers and vacancies
    const providerCheckers = {
      defaultId: people.laAdmin.id,
      byProviderSlug: new Map([[DEMO_ACCOUNTS.providerStaff.providerSlug, people.providerStaff.id]]),
    };
    const employerCheckers = {
      defaultId: people.laAdmin.id,
      byEmployerSlug: new Map([[DEMO_ACCOUNTS.employerStaff.employerSlug, people.employerStaff.id]]),
    };
    const calderdaleProviders = await seedProviders(ctx, calderdale.id, CALDERDALE_PROVIDERS, CALDERDALE_PLACES, providerCheckers);
    const calderdaleCourses = await seedCourses(ctx, calderdale.id, calderdaleProviders, { checkers: providerCheckers });
    await ctx.db.execute(
      sql`update courses set last_checked_at = ${addDays(today, -200).toISOString()} where slug = ${STALE_DEMO_COURSE_SLUG} and la_id = ${calderdale.id}`,
    );
    const calderdaleEmployers = await seedEmployers(ctx, calderdale.id, CALDERDALE_EMPLOYERS, CALDERDALE_PLACES, employerCheckers);
    const calderdaleVacancies = await seedCalderdaleVacancies(
      ctx,
      calderdale.id,
      calderdaleEmployers,
      calderdaleProviders,
      employerCheckers,
    );

    const halifaxHub = requireValue(seededCentres[0], 'Halifax Youth Hub');
    const college = requireValue(
      calderdaleProviders.find((p) => p.definition.slug === DEMO_ACCOUNTS.providerStaff.providerSlug),
      'the demo college',
    );
    const garage = requireValue(
      calderdaleEmployers.find((e) => e.definition.slug === DEMO_ACCOUNTS.employerStaff.employerSlug),
      'the demo employer',
    );
    await seedMembership(ctx.db, { userId: people.adviser.id, centreId: halifaxHub.id });
    await seedMembership(ctx.db, { userId: people.providerStaff.id, providerId: college.id });
    await seedMembership(ctx.db, { userId: people.employerStaff.id, employerId: garage.id });
    await seedDemoApplications(ctx.db, { laId: calderdale.id, today, youngPersonId: people.youngPerson.id });
    await seedDemoModeration(ctx.db, { laId: calderdale.id });
    await seedDemoStories(ctx.db, {
      laId: calderdale.id,
      providerId: college.id,
      providerStaffId: people.providerStaff.id,
      laAdminId: people.laAdmin.id,
    });

    // Northvale, kept small
    const northvaleCheckers = { defaultId: people.northvaleLaAdmin.id, byProviderSlug: new Map<string, string>() };
    const northvaleProviders = await seedProviders(ctx, northvale.id, NORTHVALE_PROVIDERS, NORTHVALE_PLACES, northvaleCheckers);
    const northvaleCourses = await seedCourses(ctx, northvale.id, northvaleProviders, {
      titlePrefix: 'Northvale',
      maxPerProvider: 4,
      checkers: northvaleCheckers,
    });
    const northvaleEmployers = await seedEmployers(ctx, northvale.id, NORTHVALE_EMPLOYERS, NORTHVALE_PLACES, {
      defaultId: people.northvaleLaAdmin.id,
      byEmployerSlug: new Map(),
    });
    const northvaleVacancies = await seedNorthvaleVacancies(
      ctx,
      northvale.id,
      northvaleEmployers,
      northvaleProviders,
      people.northvaleLaAdmin.id,
    );

    const { trainingPlaces, ...calderdaleVacancyCounts } = calderdaleVacancies;
    const allProviders = [...calderdaleProviders, ...northvaleProviders];
    const [openDayCount] = await ctx.db.select({ count: sql<number>`count(*)::int` }).from(openDays);
    return {
      localAuthorities: 2,
      centres: seededCentres.length,
      users: Object.keys(people).length,
      categories: { areas: AREAS.length, kinds: KINDS.length },
      skills: SKILLS.length,
      providers: allProviders.length,
      providerSites: allProviders.reduce((sum, provider) => sum + provider.sites.length, 0),
      openDays: openDayCount?.count ?? 0,
      courses: calderdaleCourses.courses + northvaleCourses.courses,
      courseRuns: calderdaleCourses.runs + northvaleCourses.runs,
      employers: calderdaleEmployers.length + northvaleEmployers.length,
      vacancies: calderdaleVacancyCounts,
      trainingPlaces,
      northvale: { providers: northvaleProviders.length, courses: northvaleCourses.courses, vacancies: northvaleVacancies },
    };
  });
}
