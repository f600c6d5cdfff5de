export const ROLES = ['young_person', 'adviser', 'provider_staff', 'employer_staff', 'la_admin', 'parent_carer'] as const;
export type Role = (typeof ROLES)[number];

/** Where each kind of user lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  young_person: '/my',
  adviser: '/adviser',
  provider_staff: '/provider',
  employer_staff: '/employer',
  la_admin: '/admin',
  parent_carer: '/family',
};

export const ROLE_LABEL: Record<Role, string> = {
  young_person: 'Young person',
  adviser: 'Personal adviser',
  provider_staff: 'Course provider',
  employer_staff: 'Employer',
  la_admin: 'Council admin',
  parent_carer: 'Parent or carer',
};

/** Young people stay signed in on their own phone; staff sessions are a working day. */
export const SESSION_MAX_AGE_SECONDS: Record<Role, number> = {
  young_person: 30 * 24 * 60 * 60,
  adviser: 12 * 60 * 60,
  provider_staff: 12 * 60 * 60,
  employer_staff: 12 * 60 * 60,
  la_admin: 12 * 60 * 60,
  parent_carer: 12 * 60 * 60,
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * A path to go back to after signing in, only if it is on this site: "/cv" yes, "//evil.example" or
 * "https://…" no (an open redirect would let a phishing link borrow our sign-in page).
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return null;
  }
  return value;
}
