import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getOwnSettings, updateOwnSettings } from '@/db/queries/settings';
import {
  DEFAULT_SETTINGS,
  isSavingData,
  parseSettingsCookie,
  serializeSettings,
  SETTINGS_COOKIE,
  SETTINGS_COOKIE_MAX_AGE_SECONDS,
  type Settings,
} from './settings';

/** This device's settings, read once per request (the root layout applies them before first paint). */
export const readDeviceSettings = cache(async (): Promise<Settings> => {
  return parseSettingsCookie((await cookies()).get(SETTINGS_COOKIE)?.value);
});

/** Whether this request should save data: "Save my data", else the browser's Save-Data hint. */
export const readIsSavingData = cache(async (): Promise<boolean> => {
  const [settings, requestHeaders] = await Promise.all([readDeviceSettings(), headers()]);
  return isSavingData(settings.dataSaver, requestHeaders.get('save-data'));
});

async function writeDeviceSettings(settings: Settings): Promise<void> {
  (await cookies()).set(SETTINGS_COOKIE, serializeSettings(settings), {
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production' && (process.env.AUTH_URL ?? '').startsWith('https:'),
    maxAge: SETTINGS_COOKIE_MAX_AGE_SECONDS,
  });
}

/** Saves settings on this device, and on the account too when someone is signed in. */
export async function saveSettings({ actorId, settings }: { actorId: string | null; settings: Settings }) {
  await writeDeviceSettings(settings);
  if (actorId) await updateOwnSettings({ actorId, settings });
}

/**
 * At sign-in: settings saved on the account come to this device. Someone who has never saved any keeps what
 * they chose on this device before signing in, and it is saved to their account.
 */
export async function bringSettingsToDevice(actorId: string): Promise<void> {
  const onAccount = await getOwnSettings({ actorId });
  if (onAccount) {
    await writeDeviceSettings(onAccount);
    return;
  }
  const onDevice = await readDeviceSettings();
  if (serializeSettings(onDevice) !== serializeSettings(DEFAULT_SETTINGS)) {
    await updateOwnSettings({ actorId, settings: onDevice });
  }
}
