import { z } from 'zod';
import { READING_SPEEDS, type ReadingSpeed } from '@/lib/read-aloud/sentences';

/**
 * "My settings": how the service looks and sounds for one person. Kept in a cookie on the device (so the
 * server can apply them before the first paint, with or without JavaScript) and, when signed in, on the
 * account too (so they follow the person to another phone). This module is pure and runs on both sides.
 */

export const TEXT_SIZES = ['100', '125', '150', '200'] as const;
export const VOICES = ['en-GB', 'en-IE', 'en-IN', 'en-US', 'cy-GB'] as const;
/** "Save my data": always, never, or when the phone or browser asks (the Save-Data header). */
export const DATA_SAVER_CHOICES = ['auto', 'on', 'off'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Voice = (typeof VOICES)[number];
export type DataSaver = (typeof DATA_SAVER_CHOICES)[number];

export type Settings = {
  textSize: TextSize;
  isHighContrast: boolean;
  isMotionReduced: boolean;
  isReadableFont: boolean;
  hasPictures: boolean;
  readingSpeed: ReadingSpeed;
  voice: Voice;
  dataSaver: DataSaver;
};

export const DEFAULT_SETTINGS: Settings = {
  textSize: '100',
  isHighContrast: false,
  isMotionReduced: false,
  isReadableFont: false,
  hasPictures: true,
  readingSpeed: 'normal',
  voice: 'en-GB',
  dataSaver: 'auto',
};

export const SETTINGS_COOKIE = 'ns_settings';
/** A year: settings are preferences, not secrets, and should outlast a session. */
export const SETTINGS_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export const TEXT_SIZE_WORDS: Record<TextSize, string> = {
  '100': 'Normal',
  '125': 'Bigger',
  '150': 'Much bigger',
  '200': 'Biggest (double)',
};

export const VOICE_WORDS: Record<Voice, string> = {
  'en-GB': 'English (UK)',
  'en-IE': 'English (Ireland)',
  'en-IN': 'English (India)',
  'en-US': 'English (US)',
  'cy-GB': 'Welsh',
};

const readingSpeeds = Object.keys(READING_SPEEDS) as [ReadingSpeed, ...ReadingSpeed[]];

/** One setting at a time falls back to its default, so one bad value never loses the others. */
const storedSettingsSchema = z.object({
  textSize: z.enum(TEXT_SIZES).catch(DEFAULT_SETTINGS.textSize),
  isHighContrast: z.boolean().catch(DEFAULT_SETTINGS.isHighContrast),
  isMotionReduced: z.boolean().catch(DEFAULT_SETTINGS.isMotionReduced),
  isReadableFont: z.boolean().catch(DEFAULT_SETTINGS.isReadableFont),
  hasPictures: z.boolean().catch(DEFAULT_SETTINGS.hasPictures),
  readingSpeed: z.enum(readingSpeeds).catch(DEFAULT_SETTINGS.readingSpeed),
  voice: z.enum(VOICES).catch(DEFAULT_SETTINGS.voice),
  dataSaver: z.enum(DATA_SAVER_CHOICES).catch(DEFAULT_SETTINGS.dataSaver),
});

/** Settings from anything stored (a cookie's JSON, an account's column); never throws. */
export function settingsFrom(stored: unknown): Settings {
  const input = stored && typeof stored === 'object' ? stored : {};
  return storedSettingsSchema.parse(input);
}

export function parseSettingsCookie(value: string | undefined | null): Settings {
  if (!value) return { ...DEFAULT_SETTINGS };
  try {
    return settingsFrom(JSON.parse(value));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Only what differs from the defaults, so the cookie stays tiny (it travels with every request). */
export function serializeSettings(settings: Settings): string {
  const changed = Object.fromEntries(
    Object.entries(settings).filter(([key, value]) => DEFAULT_SETTINGS[key as keyof Settings] !== value),
  );
  return JSON.stringify(changed);
}

const yesNo = z.enum(['yes', 'no']).transform((value) => value === 'yes');

/** The settings form. Every field is a choice, so nothing can be typed wrong; a missing one keeps its default. */
export const settingsFormSchema = z.object({
  textSize: z.enum(TEXT_SIZES),
  contrast: z.enum(['standard', 'high']).transform((value) => value === 'high'),
  motion: z.enum(['standard', 'reduce']).transform((value) => value === 'reduce'),
  font: z.enum(['standard', 'readable']).transform((value) => value === 'readable'),
  pictures: yesNo,
  readingSpeed: z.enum(readingSpeeds),
  voice: z.enum(VOICES),
  dataSaver: z.enum(DATA_SAVER_CHOICES).catch(DEFAULT_SETTINGS.dataSaver),
});

export function settingsFromForm(form: z.output<typeof settingsFormSchema>): Settings {
  return {
    textSize: form.textSize,
    isHighContrast: form.contrast,
    isMotionReduced: form.motion,
    isReadableFont: form.font,
    hasPictures: form.pictures,
    readingSpeed: form.readingSpeed,
    voice: form.voice,
    dataSaver: form.dataSaver,
  };
}

/**
 * Whether to save data on this request (decision 017): the person's choice, and when they have not chosen,
 * the browser's Save-Data hint (Chrome's Lite mode, a phone's data saver).
 */
export function isSavingData(choice: DataSaver, saveDataHeader: string | null | undefined): boolean {
  if (choice === 'on') return true;
  if (choice === 'off') return false;
  return (saveDataHeader ?? '').trim().toLowerCase() === 'on';
}

/** The attributes on <html>: globals.css turns them into the chosen look; read-aloud reads its speed and voice. */
export function htmlAttributesFor(settings: Settings, { isSavingData = false } = {}): Record<`data-${string}`, string> {
  return {
    'data-text-size': settings.textSize,
    'data-contrast': settings.isHighContrast ? 'high' : 'standard',
    'data-motion': settings.isMotionReduced ? 'reduce' : 'standard',
    'data-font': settings.isReadableFont ? 'readable' : 'standard',
    'data-pictures': settings.hasPictures ? 'on' : 'off',
    'data-reading-speed': settings.readingSpeed,
    'data-voice': settings.voice,
    'data-save-data': isSavingData ? 'on' : 'off',
  };
}
