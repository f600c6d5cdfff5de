import { formatUkMobile } from '@/lib/sign-in/schemas';

/** Provider facts in plain words (reading age 9), and the links that let people get in touch without phoning. */
export const PROVIDER_KINDS = [
  'school_sixth_form',
  'college',
  'training_provider',
  'employer_provider',
  'voluntary_organisation',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PROVIDER_KIND_WORDS: Record<ProviderKind, string> = {
  school_sixth_form: 'School sixth form',
  college: 'College',
  training_provider: 'Training provider',
  employer_provider: 'Employer that trains people',
  voluntary_organisation: 'Charity or community group',
};

const KIND_PICTURES: Record<ProviderKind, string> = {
  school_sixth_form: '/images/providers/school.svg',
  college: '/images/providers/college.svg',
  training_provider: '/images/providers/training-centre.svg',
  employer_provider: '/images/providers/office.svg',
  voluntary_organisation: '/images/providers/community-centre.svg',
};

/** The provider's own picture, or a drawing of the kind of place it is, so every provider has one. */
export function providerPicture(kind: ProviderKind, imagePath: string | null): string {
  return imagePath || KIND_PICTURES[kind];
}

/** "12 courses", "1 course", "No courses listed". */
export function describeCourseCount(count: number): string {
  if (count === 0) return 'No courses listed';
  return count === 1 ? '1 course' : `${count} courses`;
}

/** "+447700900200" → "07700 900200"; anything else as it was given. */
export function formatTextNumber(number: string): string {
  return /^\+447\d{9}$/.test(number) ? formatUkMobile(number) : number;
}

/** An sms: link. Digits and a leading + only: some phones give up on spaces. */
export function smsHref(number: string): string {
  return `sms:${number.replace(/[^\d+]/g, '')}`;
}

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}
