import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { type Area, findAreasWithHosts, getAreaById } from '@/db/queries/areas';
import { findAreasSharingWith } from '@/db/queries/prospectus-shares';
import { areaOfHost, chooseArea, requestHost } from '@/lib/tenancy/choose-area';
import { getCurrentUser } from './session';

export const AREA_COOKIE = 'ns_area';

/** Why a visitor sees the area they see: their account's, the area's own host name, or their choice (or the default). */
export type AreaSource = 'account' | 'host' | 'choice';

/**
 * Whose courses and vacancies this visitor sees, and why. Signed in: always their own council's (data of one
 * LA is never shown to another's people). Not signed in (decision 035): the area whose host name they came to,
 * else the area they chose (a cookie, set by /area/<slug>: decision 042), else the deployment's DEFAULT_AREA,
 * else the first area.
 */
export const getAreaSource = cache(async (): Promise<{ area: Area; source: AreaSource }> => {
  const user = await getCurrentUser();
  if (user) {
    const own = await getAreaById({ laId: user.laId });
    if (own) return { area: own, source: 'account' };
  }
  const requestHeaders = await headers();
  const host = requestHost((name) => requestHeaders.get(name), process.env.TRUST_PROXY_HOST === '1');
  const chosenSlug = (await cookies()).get(AREA_COOKIE)?.value;
  const areas = await findAreasWithHosts();
  const area = chooseArea(areas, { host, chosenSlug, defaultSlug: process.env.DEFAULT_AREA });
  if (!area) throw new Error('No council areas are set up yet.');
  return { area: { id: area.id, slug: area.slug, areaName: area.areaName }, source: areaOfHost(areas, host) ? 'host' : 'choice' };
});

/** Whose courses and vacancies this visitor sees (see getAreaSource). */
export const getAreaContext = cache(async (): Promise<Area> => (await getAreaSource()).area);

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
