import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { type Area, findAreas, getAreaById, getAreaBySlug } from '@/db/queries/areas';
import { getCurrentUser } from './session';

export const AREA_COOKIE = 'ns_area';

/**
 * Whose courses and vacancies this visitor sees. Signed in: always their own council's (data of one LA is
 * never shown to another's people). Not signed in: the area they chose (a cookie), else the deployment's
 * DEFAULT_AREA, else the first area.
 */
export const getAreaContext = cache(async (): Promise<Area> => {
  const user = await getCurrentUser();
  if (user) {
    const own = await getAreaById({ laId: user.laId });
    if (own) return own;
  }
  const chosen = (await cookies()).get(AREA_COOKIE)?.value ?? process.env.DEFAULT_AREA;
  const area = chosen ? await getAreaBySlug({ slug: chosen }) : null;
  if (area) return area;
  const [first] = await findAreas();
  if (!first) throw new Error('No council areas are set up yet.');
  return first;
});
