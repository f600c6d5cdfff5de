import 'server-only';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { changedFields } from '@/lib/manage/changes';
import type { SiteInput } from '@/lib/manage/provider-schemas';
import { db } from '../client';
import { courseRuns, openDays, postcodes, providerSites, providers } from '../schema';
import type { Transaction } from '../client';
import { recordContentChange } from './content-changes';
import { ownProviderIds } from './provider-content';

// Provider staff keep their own provider's sites (where they teach): add, change, remove. Where a site is on
// the map comes from its postcode (the postcodes table: the same look-up as "near me" searches). Another
// provider's site looks exactly like a missing one (null). Every change is written to the change log.

type Actor = { actorId: string };

export type OwnSite = { id: string; name: string; addressLine: string; town: string; postcode: string; gettingThere: string; runs: number };

async function ownProvider(reader: Transaction | typeof db, actorId: string) {
  const [provider] = await reader
    .select({ id: providers.id, laId: providers.laId })
    .from(providers)
    .where(inArray(providers.id, ownProviderIds(actorId)))
    .orderBy(asc(providers.name))
    .limit(1);
  return provider ?? null;
}

/** Where a full postcode is, or null when we do not know it (no guessing from the district for a site). */
async function pointOfPostcode(reader: Transaction | typeof db, postcode: string) {
  const [point] = await reader.select({ latitude: postcodes.latitude, longitude: postcodes.longitude }).from(postcodes).where(eq(postcodes.postcode, postcode));
  return point ?? null;
}

const siteColumns = {
  id: providerSites.id,
  name: providerSites.name,
  addressLine: providerSites.addressLine,
  town: providerSites.town,
  postcode: providerSites.postcode,
  gettingThere: providerSites.gettingThere,
};

/** Provider staff: their provider's sites, A to Z, each with how many course start dates use it. Null for no provider. */
export async function listOwnSites({ actorId }: Actor): Promise<OwnSite[] | null> {
  const provider = await ownProvider(db, actorId);
  if (!provider) return null;
  const rows = await db
    .select({ ...siteColumns, runs: count(courseRuns.id) })
    .from(providerSites)
    .leftJoin(courseRuns, eq(courseRuns.siteId, providerSites.id))
    .where(eq(providerSites.providerId, provider.id))
    .groupBy(providerSites.id)
    .orderBy(asc(providerSites.name));
  return rows;
}

/** Provider staff: one of their provider's sites. Null when missing or another provider's. */
export async function getOwnSite({ actorId, siteId }: Actor & { siteId: string }): Promise<OwnSite | null> {
  const [row] = await db
    .select({ ...siteColumns, runs: count(courseRuns.id) })
    .from(providerSites)
    .leftJoin(courseRuns, eq(courseRuns.siteId, providerSites.id))
    .where(and(eq(providerSites.id, siteId), inArray(providerSites.providerId, ownProviderIds(actorId))))
    .groupBy(providerSites.id);
  return row ?? null;
}

export type SiteSaveResult = { id: string } | { problem: 'unknown_postcode' } | null;

/** Provider staff: add a site for their provider. 'unknown_postcode' when the postcode is not on our map. Logged. */
export async function addOwnSite({ actorId, input }: Actor & { input: SiteInput }): Promise<SiteSaveResult> {
  return db.transaction(async (tx) => {
    const provider = await ownProvider(tx, actorId);
    if (!provider) return null;
    const point = await pointOfPostcode(tx, input.postcode);
    if (!point) return { problem: 'unknown_postcode' as const };
    const [site] = await tx
      .insert(providerSites)
      .values({ providerId: provider.id, ...input, ...point })
      .returning({ id: providerSites.id });
    if (!site) return null;
    await recordContentChange(tx, {
      laId: provider.laId,
      actorId,
      entityType: 'site',
      entityId: site.id,
      changes: { name: { from: null, to: input.name }, postcode: { from: null, to: input.postcode } },
      summary: `Added a site: ${input.name}`,
      providerId: provider.id,
      entityName: input.name,
    });
    return site;
  });
}

/** Provider staff: change one of their provider's sites (a new postcode moves it on the map). Logged. */
export async function updateOwnSite({ actorId, siteId, input }: Actor & { siteId: string; input: SiteInput }): Promise<SiteSaveResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ ...siteColumns, providerId: providerSites.providerId, laId: providers.laId })
      .from(providerSites)
      .innerJoin(providers, eq(providers.id, providerSites.providerId))
      .where(and(eq(providerSites.id, siteId), inArray(providerSites.providerId, ownProviderIds(actorId))));
    if (!before) return null;
    const changes = changedFields(before, input);
    if (Object.keys(changes).length === 0) return { id: before.id };
    const point = changes.postcode ? await pointOfPostcode(tx, input.postcode) : {};
    if (!point) return { problem: 'unknown_postcode' as const };
    await tx.update(providerSites).set({ ...input, ...point }).where(eq(providerSites.id, before.id));
    await recordContentChange(tx, { laId: before.laId, actorId, entityType: 'site', entityId: before.id, changes, providerId: before.providerId, entityName: input.name });
    return { id: before.id };
  });
}

export type RemoveSiteResult = { removed: true } | { problem: 'in_use'; runs: number } | null;

/**
 * Provider staff: remove one of their provider's sites. Refused ('in_use') while a course start date is at
 * it (those must move or go first); open days there keep their date and lose the place. Logged.
 */
export async function removeOwnSite({ actorId, siteId }: Actor & { siteId: string }): Promise<RemoveSiteResult> {
  return db.transaction(async (tx) => {
    const [site] = await tx
      .select({ id: providerSites.id, name: providerSites.name, postcode: providerSites.postcode, providerId: providerSites.providerId, laId: providers.laId })
      .from(providerSites)
      .innerJoin(providers, eq(providers.id, providerSites.providerId))
      .where(and(eq(providerSites.id, siteId), inArray(providerSites.providerId, ownProviderIds(actorId))))
      .for('update', { of: providerSites });
    if (!site) return null;
    const [used] = await tx.select({ runs: count() }).from(courseRuns).where(eq(courseRuns.siteId, site.id));
    if (used && used.runs > 0) return { problem: 'in_use' as const, runs: used.runs };
    await tx.update(openDays).set({ siteId: null }).where(eq(openDays.siteId, site.id));
    await tx.delete(providerSites).where(eq(providerSites.id, site.id));
    await recordContentChange(tx, {
      laId: site.laId,
      actorId,
      entityType: 'site',
      entityId: site.id,
      changes: { name: { from: site.name, to: null }, postcode: { from: site.postcode, to: null } },
      summary: `Removed a site: ${site.name}`,
      providerId: site.providerId,
      entityName: site.name,
    });
    return { removed: true as const };
  });
}
