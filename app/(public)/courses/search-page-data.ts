import 'server-only';
import { lookupPostcode } from '@/db/queries/places';
import type { CourseFilters } from '@/lib/courses/search';
import { parsePostcodeQuery, type Point, POSTCODE_MESSAGE } from '@/lib/geo/places';

/** Where the person said they are, or the message to show them when we cannot tell. */
export async function resolveOrigin(filters: Pick<CourseFilters, 'postcode'>): Promise<{ origin: Point | null; postcodeError?: string }> {
  if (!filters.postcode) return { origin: null };
  const query = parsePostcodeQuery(filters.postcode);
  if (!query) return { origin: null, postcodeError: POSTCODE_MESSAGE };
  const origin = await lookupPostcode(query);
  if (!origin) {
    const name = query.kind === 'postcode' ? query.postcode : query.outcode;
    return { origin: null, postcodeError: `We do not know where ${name} is. Try the first part of your postcode, like HX1` };
  }
  return { origin };
}
