import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '../client';
import { localAuthorities } from '../schema';

export type Area = { id: string; slug: string; areaName: string };

const columns = { id: localAuthorities.id, slug: localAuthorities.slug, areaName: localAuthorities.areaName };

/** Public: the council areas this service covers. */
export async function findAreas(): Promise<Area[]> {
  return db.select(columns).from(localAuthorities).orderBy(asc(localAuthorities.areaName));
}

/**
 * Every area with the host names that show it: few rows, read once per request (lib/auth/area.ts). The first
 * set up comes first, as it is the fallback: an area added later never takes over the visitors of the first.
 */
export async function findAreasWithHosts(): Promise<(Area & { hosts: string[] })[]> {
  return db
    .select({ ...columns, hosts: localAuthorities.hosts })
    .from(localAuthorities)
    .orderBy(asc(localAuthorities.createdAt), asc(localAuthorities.slug));
}

/** Public: one area by its slug (from the visitor's area cookie or the deployment's default). */
export async function getAreaBySlug({ slug }: { slug: string }): Promise<Area | null> {
  const [row] = await db.select(columns).from(localAuthorities).where(eq(localAuthorities.slug, slug));
  return row ?? null;
}

/** The signed-in person's own area. */
export async function getAreaById({ laId }: { laId: string }): Promise<Area | null> {
  const [row] = await db.select(columns).from(localAuthorities).where(eq(localAuthorities.id, laId));
  return row ?? null;
}
