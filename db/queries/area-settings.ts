import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { cache } from 'react';
import { describeSettingsChange, formValuesOf } from '@/lib/area-settings/schemas';
import {
  type AreaSettings,
  defaultAreaSettings,
  mergeAreaSettings,
  type SettingsGroup,
  type StoredAreaSettings,
  storedAreaSettingsFrom,
} from '@/lib/area-settings/settings';
import { db } from '../client';
import { areaSettings } from '../schema';
import { laOfAdmin } from './admin-area';
import { findRecentAdminChanges, recordContentChange } from './content-changes';

// A council's own settings (issue 10, decision 033): what its admins saved on /admin/settings, over the
// environment and code defaults. Read by public pages too, so one lookup per request (React cache).

async function readAreaSettings(laId: string): Promise<AreaSettings> {
  const [row] = await db.select({ settings: areaSettings.settings }).from(areaSettings).where(eq(areaSettings.laId, laId));
  return mergeAreaSettings(defaultAreaSettings(), row?.settings);
}

const cachedAreaSettings = cache(readAreaSettings);

/**
 * The settings in force in one area: what its admin saved, group by group, else the defaults. Not personal
 * and not secret (the public pages follow them), so any caller that knows the area may read them. Cached
 * for the rest of the request.
 */
export async function getAreaSettings({ laId }: { laId: string }): Promise<AreaSettings> {
  return cachedAreaSettings(laId);
}

/** The settings of the area a council admin looks after, or null for anyone who is not one. */
export async function getOwnAreaSettings({ actorId }: { actorId: string }): Promise<AreaSettings | null> {
  const laId = await laOfAdmin(actorId);
  return laId ? readAreaSettings(laId) : null;
}

/**
 * Council admins only: saves one group of settings for their own area (already checked by its form schema)
 * and logs who changed what, from what to what, and when. Null when the actor is not a council admin.
 */
export async function updateAreaSettings<G extends SettingsGroup>({
  actorId,
  group,
  value,
}: {
  actorId: string;
  group: G;
  value: NonNullable<StoredAreaSettings[G]>;
}): Promise<{ laId: string } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ settings: areaSettings.settings }).from(areaSettings).where(eq(areaSettings.laId, laId)).for('update');
    const stored = storedAreaSettingsFrom(row?.settings);
    const before = mergeAreaSettings(defaultAreaSettings(), stored);
    const next: StoredAreaSettings = { ...stored, [group]: value };
    const after = mergeAreaSettings(defaultAreaSettings(), next);
    await tx
      .insert(areaSettings)
      .values({ laId, settings: next, updatedById: actorId })
      .onConflictDoUpdate({ target: areaSettings.laId, set: { settings: next, updatedById: actorId, updatedAt: sql`now()` } });
    const beforeValues = formValuesOf(before)[group];
    const afterValues = formValuesOf(after)[group];
    const changes = Object.fromEntries(
      Object.keys(afterValues)
        .filter((field) => beforeValues[field] !== afterValues[field])
        .map((field) => [field, { from: beforeValues[field] ?? null, to: afterValues[field] }]),
    );
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'area_settings',
      entityId: laId,
      changes,
      summary: describeSettingsChange(group, beforeValues, afterValues),
    });
  });
  return { laId };
}

export type SettingsChange = { summary: string; by: string | null; at: Date };

/** The latest changes to the admin's own area's settings, newest first; [] for anyone who is not a council admin. */
export async function findRecentSettingsChanges({ actorId }: { actorId: string }): Promise<SettingsChange[]> {
  return findRecentAdminChanges({ actorId, entityType: 'area_settings' });
}
