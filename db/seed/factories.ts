import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Database } from '../client';
import {
  caseloads,
  categories,
  centres,
  courseRuns,
  courses,
  employers,
  localAuthorities,
  memberships,
  openDays,
  providerSites,
  providers,
  skills,
  users,
  vacancies,
  youngPeople,
  type Caseload,
  type Category,
  type Centre,
  type Course,
  type CourseRun,
  type Employer,
  type LocalAuthority,
  type Membership,
  type NewCategory,
  type NewCentre,
  type NewCourse,
  type NewCourseRun,
  type NewEmployer,
  type NewLocalAuthority,
  type NewMembership,
  type NewOpenDay,
  type NewProvider,
  type NewProviderSite,
  type NewSkill,
  type NewUser,
  type NewVacancy,
  type NewYoungPerson,
  type OpenDay,
  type Provider,
  type ProviderSite,
  type Skill,
  type User,
  type Vacancy,
  type YoungPerson,
} from '../schema';
import { addDays, dateOfBirthForAge, nextTermStart, startOfDay, toIsoDate } from './dates';

// Composable seed functions: each inserts one row with sensible defaults and returns it. The demo seed and the
// tests both use them. Defaults make unique slugs and emails, so tests can call them again and again on one
// database. Pass overrides for anything a test cares about.

function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

function only<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error('The insert returned no row.');
  return row;
}

export async function seedLocalAuthority(db: Database, overrides: Partial<NewLocalAuthority> = {}): Promise<LocalAuthority> {
  const suffix = uniqueSuffix();
  return only(
    await db
      .insert(localAuthorities)
      .values({ slug: `test-la-${suffix}`, name: `Test Council ${suffix}`, areaName: `Testvale ${suffix}`, ...overrides })
      .returning(),
  );
}

export async function seedCentre(db: Database, overrides: Partial<NewCentre> & { laId: string }): Promise<Centre> {
  return only(await db.insert(centres).values({ name: 'Test Youth Centre', postcode: 'HX1 1QG', ...overrides }).returning());
}

/** A user of any role. Staff get a unique email by default; young people sign in by phone, so pass `phone`. */
export async function seedUser(db: Database, overrides: Partial<NewUser> & { laId: string; role: NewUser['role'] }): Promise<User> {
  const suffix = uniqueSuffix();
  const isYoungPerson = overrides.role === 'young_person';
  return only(
    await db
      .insert(users)
      .values({
        name: isYoungPerson ? 'Test Young Person' : 'Test Staff Member',
        email: isYoungPerson ? null : `${overrides.role.replace('_', '-')}-${suffix}@example.test`,
        ...overrides,
      })
      .returning(),
  );
}

/** A young person: a users row (role young_person) and their young_people row. */
export async function seedYoungPerson(
  db: Database,
  overrides: Partial<Omit<NewUser, 'role'>> & {
    laId: string;
    profile?: Partial<Omit<NewYoungPerson, 'userId'>>;
    today?: Date;
  },
): Promise<{ user: User; youngPerson: YoungPerson }> {
  const { profile = {}, today = new Date(), ...userOverrides } = overrides;
  const user = await seedUser(db, { ...userOverrides, role: 'young_person' });
  const youngPerson = only(
    await db
      .insert(youngPeople)
      .values({
        userId: user.id,
        dateOfBirth: dateOfBirthForAge(today, 17),
        schoolYear: 12,
        postcode: 'HX1 2SP',
        ...profile,
      })
      .returning(),
  );
  return { user, youngPerson };
}

export async function seedCaseload(db: Database, values: { adviserId: string; youngPersonId: string }): Promise<Caseload> {
  return only(await db.insert(caseloads).values(values).returning());
}

/** Links a staff user to the provider, employer or centre they act for. */
export async function seedMembership(db: Database, values: NewMembership): Promise<Membership> {
  return only(await db.insert(memberships).values(values).returning());
}

export async function seedCategory(db: Database, overrides: Partial<NewCategory> = {}): Promise<Category> {
  const suffix = uniqueSuffix();
  return only(
    await db
      .insert(categories)
      .values({
        slug: `test-category-${suffix}`,
        name: `Test category ${suffix}`,
        description: 'A kind of work used in tests.',
        imagePath: '/images/categories/offices-and-admin.svg',
        lenses: ['practical'],
        ...overrides,
      })
      .returning(),
  );
}

export async function seedSkill(db: Database, overrides: Partial<NewSkill> = {}): Promise<Skill> {
  const suffix = uniqueSuffix();
  return only(
    await db
      .insert(skills)
      .values({ slug: `test-skill-${suffix}`, name: `Test skill ${suffix}`, imagePath: '/images/skills/teamwork.svg', ...overrides })
      .returning(),
  );
}

export function buildProvider(overrides: Partial<NewProvider> & { laId: string }): NewProvider {
  const suffix = uniqueSuffix();
  return {
    slug: `test-provider-${suffix}`,
    name: `Test Training ${suffix}`,
    kind: 'training_provider',
    summary: 'A training provider used in tests.',
    imagePath: '/images/providers/training-centre.svg',
    ...overrides,
  };
}

export async function seedProvider(db: Database, overrides: Partial<NewProvider> & { laId: string }): Promise<Provider> {
  return only(await db.insert(providers).values(buildProvider(overrides)).returning());
}

export async function seedProviderSite(
  db: Database,
  overrides: Partial<NewProviderSite> & { providerId: string },
): Promise<ProviderSite> {
  return only(
    await db
      .insert(providerSites)
      .values({
        name: 'Main site',
        addressLine: '1 Francis Street',
        town: 'Halifax',
        postcode: 'HX1 3UZ',
        latitude: 53.7197,
        longitude: -1.8719,
        ...overrides,
      })
      .returning(),
  );
}

export async function seedOpenDay(db: Database, overrides: Partial<NewOpenDay> & { providerId: string }): Promise<OpenDay> {
  const startsAt = addDays(startOfDay(new Date()), 21);
  startsAt.setUTCHours(17);
  return only(
    await db
      .insert(openDays)
      .values({
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
        description: 'Come and look around, meet the tutors and try things out.',
        ...overrides,
      })
      .returning(),
  );
}

export function buildCourse(overrides: Partial<NewCourse> & { laId: string; providerId: string; categoryId: string }): NewCourse {
  const suffix = uniqueSuffix();
  return {
    slug: `test-course-${suffix}`,
    title: `Test course ${suffix}`,
    summary: 'A course used in tests.',
    whatYouLearn: 'Things that help you in tests.',
    entryRequirements: 'You do not need any qualifications.',
    isNoQualificationsNeeded: true,
    leadsTo: 'A job or more training.',
    cost: 'Free if you are 16 to 18.',
    level: 'level_2',
    mode: 'full_time',
    method: 'classroom',
    ageGroup: 'age_16_19',
    durationText: '1 year',
    ...overrides,
  };
}

export async function seedCourse(
  db: Database,
  overrides: Partial<NewCourse> & { laId: string; providerId: string; categoryId: string },
): Promise<Course> {
  return only(await db.insert(courses).values(buildCourse(overrides)).returning());
}

/** A course intake starting next September, apply-by date six weeks before. */
export async function seedCourseRun(
  db: Database,
  overrides: Partial<NewCourseRun> & { courseId: string; siteId: string },
): Promise<CourseRun> {
  const startsOn = nextTermStart(new Date(), 8);
  return only(
    await db
      .insert(courseRuns)
      .values({ startsOn: toIsoDate(startsOn), applyBy: toIsoDate(addDays(startsOn, -42)), places: 20, ...overrides })
      .returning(),
  );
}

export async function seedEmployer(db: Database, overrides: Partial<NewEmployer> & { laId: string }): Promise<Employer> {
  const suffix = uniqueSuffix();
  return only(
    await db
      .insert(employers)
      .values({
        slug: `test-employer-${suffix}`,
        name: `Test Employer ${suffix}`,
        summary: 'An employer used in tests.',
        status: 'approved',
        postcode: 'HX1 1RE',
        latitude: 53.7236,
        longitude: -1.8571,
        ...overrides,
      })
      .returning(),
  );
}

/** Exactly one of employerId and providerId (a database CHECK): employers post jobs, providers post training places. */
export type VacancyOverrides = Partial<NewVacancy> & { laId: string; categoryId: string } & (
    | { employerId: string; providerId?: null }
    | { providerId: string; employerId?: null }
  );

export function buildVacancy(overrides: VacancyOverrides): NewVacancy {
  const suffix = uniqueSuffix();
  return {
    type: 'job',
    status: 'live',
    title: `Test vacancy ${suffix}`,
    summary: 'A vacancy used in tests.',
    whatYoullDo: 'Help the team.',
    whatTheyWant: 'You turn up on time and want to learn.',
    wagePence: 1085,
    wageUnit: 'hour',
    hoursPerWeek: '37.5',
    hoursType: 'full_time',
    postcode: 'HX1 1RE',
    town: 'Halifax',
    latitude: 53.7236,
    longitude: -1.8571,
    closesOn: toIsoDate(addDays(new Date(), 30)),
    places: 1,
    ...overrides,
  };
}

export async function seedVacancy(db: Database, overrides: VacancyOverrides): Promise<Vacancy> {
  return only(await db.insert(vacancies).values(buildVacancy(overrides)).returning());
}
