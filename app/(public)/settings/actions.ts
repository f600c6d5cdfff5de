'use server';

import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { READING_SPEEDS, type ReadingSpeed } from '@/lib/read-aloud/sentences';
import { readDeviceSettings, saveSettings } from '@/lib/settings/device';
import { DEFAULT_SETTINGS, settingsFormSchema, settingsFromForm } from '@/lib/settings/settings';

/** Anyone, signed in or not: saves the settings on this device (and on the account when signed in). */
export async function saveSettingsAction(formData: FormData): Promise<void> {
  const parsed = settingsFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect('/settings?problem=1');
  const user = await getCurrentUser();
  await saveSettings({ actorId: user?.id ?? null, settings: settingsFromForm(parsed.data) });
  redirect('/settings?saved=1');
}

/** Back to the standard look and sound. */
export async function resetSettingsAction(): Promise<void> {
  const user = await getCurrentUser();
  await saveSettings({ actorId: user?.id ?? null, settings: { ...DEFAULT_SETTINGS } });
  redirect('/settings?saved=1');
}

/** The read-aloud bar's speed buttons: remembered like every other setting. */
export async function saveReadingSpeedAction(speed: ReadingSpeed): Promise<void> {
  if (!(speed in READING_SPEEDS)) return;
  const user = await getCurrentUser();
  const settings = await readDeviceSettings();
  await saveSettings({ actorId: user?.id ?? null, settings: { ...settings, readingSpeed: speed } });
}
