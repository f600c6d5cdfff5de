import 'server-only';
import { headers } from 'next/headers';
import { type ExploreOption, findExploreOptions } from '@/db/queries/explore';
import { lookupPostcode } from '@/db/queries/places';
import { type ExploreAnswers, travelMiles } from '@/lib/explore/answers';
import type { KindOfWork } from '@/lib/explore/work';
import type { FreshnessRules } from '@/lib/freshness/rules';
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

export type LocalOptions = { courses: ExploreOption[]; vacancies: ExploreOption[] };

/** Real local courses and vacancies for one kind of work, within reach of the person's answers. */
export function findLocalOptions({
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
  scope: { laId: string; now: Date; rules: FreshnessRules };
  courseLimit: number;
  vacancyLimit: number;
}): Promise<LocalOptions> {
  return findExploreOptions({
    ...scope,
    categorySlugs: kind.categories,
    origin,
    maxMiles: travelMiles(answers),
    preferNoQualifications: answers.now === 'none',
    courseLimit,
    vacancyLimit,
  });
}

/** This page's full address, to share (kiosk users send it to their phone). */
export async function pageUrl(path: string): Promise<string> {
  if (process.env.AUTH_URL) return new URL(path, process.env.AUTH_URL).toString();
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost';
  const protocol = requestHeaders.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}${path}`;
}
