// The application profile's sections and how far along each one is. Pure: the page and the apply flow share it.

export const PROFILE_SECTIONS = ['contact', 'school', 'support', 'statement'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export const PROFILE_SECTION_WORDS: Record<ProfileSection, { title: string; hint: string }> = {
  contact: { title: 'Your contact details', hint: 'How they can reach you' },
  school: { title: 'School and qualifications', hint: 'Where you go to school and what you have passed or are taking' },
  support: { title: 'Help and changes you need', hint: 'Anything that would help you at an interview or when you start' },
  statement: { title: 'About you', hint: 'A few lines about you and what you want to do' },
};

/** The fields of each section, in the order they are asked. */
export const PROFILE_SECTION_FIELDS: Record<ProfileSection, readonly string[]> = {
  contact: ['contactPhone', 'contactEmail', 'dateOfBirth'],
  school: ['school', 'qualifications'],
  support: ['needsSupport', 'supportNeeds', 'adjustments'],
  statement: ['personalStatement'],
};

export type ProfileValues = {
  contactPhone: string | null;
  contactEmail: string | null;
  dateOfBirth: string | null;
  school: string;
  qualifications: string;
  needsSupport: boolean | null;
  supportNeeds: string;
  adjustments: string;
  personalStatement: string;
  /** A recorded voice or video statement (media_assets.id). */
  personalStatementMediaId: string | null;
  completedSections: string[];
};

export type SectionProgress = 'not_started' | 'in_progress' | 'done';

export const PROGRESS_WORDS: Record<SectionProgress, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
};

function hasAny(values: ProfileValues, section: ProfileSection): boolean {
  return PROFILE_SECTION_FIELDS[section].some((field) => {
    const value = values[field as keyof ProfileValues];
    return typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined;
  });
}

/** Whether what is there is enough for the section to count as done. */
export function isSectionComplete(values: ProfileValues, section: ProfileSection): boolean {
  switch (section) {
    case 'contact':
      return Boolean(values.contactPhone) && Boolean(values.dateOfBirth);
    case 'school':
      return values.school.trim() !== '' && values.qualifications.trim() !== '';
    case 'support':
      return values.needsSupport === false || (values.needsSupport === true && values.supportNeeds.trim() !== '');
    case 'statement':
      return values.personalStatement.trim() !== '' || values.personalStatementMediaId !== null;
  }
}

/**
 * Done when the young person said it is finished and it still has what it needs; in progress once anything
 * is written (autosave saves as they type, so "started" is real); otherwise not started.
 */
export function sectionProgress(values: ProfileValues, section: ProfileSection): SectionProgress {
  if (values.completedSections.includes(section) && isSectionComplete(values, section)) return 'done';
  return hasAny(values, section) || values.completedSections.includes(section) ? 'in_progress' : 'not_started';
}

export function isProfileDone(values: ProfileValues): boolean {
  return PROFILE_SECTIONS.every((section) => sectionProgress(values, section) === 'done');
}

export function isProfileSection(value: unknown): value is ProfileSection {
  return typeof value === 'string' && (PROFILE_SECTIONS as readonly string[]).includes(value);
}

/** What the provider or employer is sent from the profile. Never the wider CV. */
export type SentProfile = {
  name: string;
  phone: string | null;
  email: string | null;
  dateOfBirth: string | null;
  school: string;
  qualifications: string;
  needsSupport: boolean | null;
  supportNeeds: string;
  adjustments: string;
  personalStatement: string;
  personalStatementMediaId: string | null;
  /** Sound or video (older sent copies may lack it). */
  personalStatementMediaKind?: 'audio' | 'video' | null;
  /** Set when shown to staff: a safety flag hides the phone and email from them (never stored). */
  isHiddenForSafety?: boolean;
};

/** The part of the profile that is sent with an application (and shown on "check your answers"). */
export function sentProfileFrom(
  profile: ProfileValues & { name: string | null; personalStatementMediaKind?: 'audio' | 'video' | null },
): SentProfile {
  return {
    name: profile.name ?? '',
    phone: profile.contactPhone,
    email: profile.contactEmail,
    dateOfBirth: profile.dateOfBirth,
    school: profile.school,
    qualifications: profile.qualifications,
    needsSupport: profile.needsSupport,
    supportNeeds: profile.supportNeeds,
    adjustments: profile.adjustments,
    personalStatement: profile.personalStatement,
    personalStatementMediaId: profile.personalStatementMediaId,
    personalStatementMediaKind: profile.personalStatementMediaKind ?? null,
  };
}
