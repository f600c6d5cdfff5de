import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { type Area, findAreasWithHosts, getAreaById } from '@/db/queries/areas';
import { findAreasSharingWith } from '@/db/queries/prospectus-shares';
import { chooseArea, requestHost } from '@/lib/tenancy/choose-area';
import { getCurrentUser } from './session';

export const AREA_COOKIE = 'ns_area';

/**
 * Whose courses and vacancies this visitor sees. Signed in: always their own council's (data of one LA is
 * never shown to another's people). Not signed in (decision 035): the area whose host name they came to,
 * else the area they chose (a cookie), else the deployment's DEFAULT_AREA, else the first area.
 */
export const getAreaContext = cache(async (): Promise<Area> => {
  const user = await getCurrentUser();
  if (user) {
    const own = await getAreaById({ laId: user.laId });
    if (own) return own;
  }
  const requestHeaders = await headers();
  const host = requestHost((name) => requestHeaders.get(name), process.env.TRUST_PROXY_HOST === '1');
  const chosenSlug = (await cookies()).get(AREA_COOKIE)?.value;
  const area = chooseArea(await findAreasWithHosts(), { host, chosenSlug, defaultSlug: process.env.DEFAULT_AREA });
  if (!area) throw new Error('No council areas are set up yet.');
  return { id: area.id, slug: area.slug, areaName: area.areaName };
});

/**
 * The area's public course scope: its own courses and those of the areas that share theirs with it
 * (decision 035), with those areas' names to mark their courses ("In Northvale"). Courses only.
 */
export const getCourseScope = cache(async () => {
  const area = await getAreaContext();
  const sharing = await findAreasSharingWith({ laId: area.id });
  return {
    area,
    sharedLaIds: sharing.map((shared) => shared.id),
    /** The name of the area a course belongs to when it is not this one; undefined for the area's own. */
    sharedAreaName: (laId: string) => (laId === area.id ? undefined : sharing.find((shared) => shared.id === laId)?.areaName),
  };
});
