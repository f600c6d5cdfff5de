import type { AccessBasis, RecordPart } from './access';

/** Each part of a record, as the young person hears it ("Sam can see …"), with a picture. */
export const RECORD_PART_WORDS: Record<RecordPart, { name: string; yours: string; description: string; imagePath: string }> = {
  profile: {
    name: 'About you',
    yours: 'your details and the things you saved',
    description: 'Your name, age, school year, postcode, phone number, and the courses and jobs you saved.',
    imagePath: '/images/privacy/profile.svg',
  },
  cv: {
    name: 'Your CV',
    yours: 'your CV',
    description: 'Your photos, voice notes, videos and words about what you can do.',
    imagePath: '/images/privacy/cv.svg',
  },
  applications: {
    name: 'Your applications',
    yours: 'your applications',
    description: 'The courses and jobs you applied for, and what happened.',
    imagePath: '/images/privacy/applications.svg',
  },
};

/** Why someone could look, in words a young person understands. */
export const ACCESS_BASIS_WORDS: Record<AccessBasis, string> = {
  self: 'It is your own record.',
  caseload: 'They are your adviser.',
  consent: 'You said they could.',
  application: 'You applied to them.',
  la_admin: 'They work for the council and wrote down why.',
  search_permission: 'They are an adviser who may look people up, and they wrote down why.',
};

/** "your details and the things you saved, and your CV" */
export function describeParts(parts: readonly RecordPart[]): string {
  const words = parts.map((part) => RECORD_PART_WORDS[part].yours);
  if (words.length <= 1) return words[0] ?? 'nothing';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** "Tuesday 1 December at 10:41pm" */
export function describeWhen(at: Date): string {
  const parts = Object.fromEntries(timeFormat.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} at ${parts.hour}:${parts.minute}${String(parts.dayPeriod).toLowerCase()}`;
}
