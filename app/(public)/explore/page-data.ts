import 'server-only';
import { headers } from 'next/headers';
import { type ExploreOption, findExploreOptions } from '@/db/queries/explore';
import { lookupPostcode } from '@/db/queries/places';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getAreaCategoryView } from '@/db/queries/categories';
import { getCourseScope } from '@/lib/auth/area';
import { type ExploreAnswers, travelMiles } from '@/lib/explore/answers';
import type { KindOfWork } from '@/lib/explore/work';
import { parsePostcodeQuery, type Point } from '@/lib/geo/places';

/** Where the person said they are, or the words to ask again with when we cannot tell. */
export async function resolveExploreOrigin(postcode: string | undefined): Promise<{ origin: Point | null; postcodeError?: string }> {
  if (!postcode) return { origin: null };
  const query = parsePostcodeQuery(postcode);
  if (!query) return { origin: null, postcodeError: 'Enter a postcode, like HX1 2SP, or just the first part, like HX1' };
  const origin = await lookupPostcode(query);
  if (!origin) {
    const name = query.kind === 'postcode' ? query.postcode : query.outcode;
    return { origin: null, postcodeError: `We do not know where ${name} is. Check it, or try just the first part, like HX1` };
  }
  return { origin };
}

/** sharedAreaName: a course another area shares with this one (decision 035), shown "In <area>". */
export type LocalOption = ExploreOption & { sharedAreaName?: string };
export type LocalOptions = { courses: LocalOption[]; vacancies: LocalOption[] };

/** The area Explore is for, with the areas that share their courses with it (read once per request). */
export async function getExploreScope() {
  const { area, sharedLaIds, sharedAreaName } = await getCourseScope();
  const [settings, categoryView] = await Promise.all([getAreaSettings({ laId: area.id }), getAreaCategoryView({ laId: area.id })]);
  return { area, scope: { laId: area.id, sharedLaIds, sharedAreaName, now: new Date(), rules: settings.freshness }, categoryView };
}

export type ExploreScope = Awaited<ReturnType<typeof getExploreScope>>['scope'];

/** Real local courses and vacancies for one kind of work, within reach of the person's answers. */
export async function findLocalOptions({
  kind,
  answers,
  origin,
  scope,
  courseLimit,
  vacancyLimit,
}: {
  kind: KindOfWork;
  answers: ExploreAnswers;
  origin: Point | null;
  scope: ExploreScope;
  courseLimit: number;
  vacancyLimit: number;
}): Promise<LocalOptions> {
  const { sharedAreaName, ...rest } = scope;
  const found = await findExploreOptions({
    ...rest,
    categorySlugs: kind.categories,
    origin,
    maxMiles: travelMiles(answers),
    preferNoQualifications: answers.now === 'none',
    courseLimit,
    vacancyLimit,
  });
  return { courses: found.courses.map((course) => ({ ...course, sharedAreaName: sharedAreaName(course.laId) })), vacancies: found.vacancies };
}

/** This page's full address, to share (kiosk users send it to their phone). */
export async function pageUrl(path: string): Promise<string> {
  if (process.env.AUTH_URL) return new URL(path, process.env.AUTH_URL).toString();
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost';
  const protocol = requestHeaders.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}${path}`;
}
