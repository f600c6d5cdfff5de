import 'server-only';
import { eq } from 'drizzle-orm';
import { type Settings, serializeSettings, settingsFrom } from '@/lib/settings/settings';
import { db } from '../client';
import { users } from '../schema';
import type { Actor } from './people';

/** The settings saved on the person's own account, or null when they have never saved any. */
export async function getOwnSettings({ actorId }: Actor): Promise<Settings | null> {
  const [row] = await db.select({ settings: users.settings }).from(users).where(eq(users.id, actorId));
  return row?.settings ? settingsFrom(row.settings) : null;
}

/** Saves the person's own settings on their account (only what differs from the defaults). */
export async function updateOwnSettings({ actorId, settings }: Actor & { settings: Settings }): Promise<void> {
  await db
    .update(users)
    .set({ settings: JSON.parse(serializeSettings(settings)) })
    .where(eq(users.id, actorId));
}
