/**
 * Who may see which part of a young person's record, and on what basis. One pure rule, used by every query
 * that shows a young person's record to someone else (db/queries/privacy.ts). No database here: the query
 * gathers the facts, this decides.
 */

/** The parts of a record a young person can let someone see. "everything" covers the other three. */
export const CONSENT_SCOPES = ['profile', 'cv', 'applications', 'everything'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** The parts a record view is made of ("everything" is only ever a grant, never a part). */
export const RECORD_PARTS = ['profile', 'cv', 'applications'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

export type AccessBasis = 'self' | 'caseload' | 'consent' | 'application' | 'la_admin' | 'search_permission';

export type PrivacyConfig = {
  /** The age at which a young person can let someone see their record on their own (13 today; may rise to 16). */
  consentAge: number;
  /** What a PA sees of a young person on their own caseload without asking (the basic record PAs keep by law). */
  caseloadParts: readonly RecordPart[];
  /** What a council admin, or a PA allowed to look anyone up, sees once they have written down why. */
  reasonParts: readonly RecordPart[];
};

/** The youngest age the service is for: with no date of birth, a young person is taken to be at least this. */
export const YOUNGEST_AGE = 13;

export const DEFAULT_PRIVACY_CONFIG: PrivacyConfig = {
  consentAge: 13,
  caseloadParts: ['profile'],
  reasonParts: ['profile'],
};

/** CONSENT_AGE from the environment (a whole number from 13 to 18), else 13. */
export function privacyConfigFrom(env: Record<string, string | undefined> = process.env): PrivacyConfig {
  const age = Number(env.CONSENT_AGE);
  const consentAge = Number.isInteger(age) && age >= YOUNGEST_AGE && age <= 18 ? age : DEFAULT_PRIVACY_CONFIG.consentAge;
  return { ...DEFAULT_PRIVACY_CONFIG, consentAge };
}

/** parentAgreedAt: when their named parent or carer agreed (only needed under the consent age). */
export type Grant = { scope: ConsentScope; expiresAt: Date | null; revokedAt: Date | null; parentAgreedAt?: Date | null };

/**
 * Whether a young person's grant to this person counts only once their named parent or carer agrees: when they
 * are under the consent age and the grant is to anyone but a parent or carer they named (who is the one agreeing).
 */
export function grantNeedsParentAgreement(age: number, granteeRole: string, config: PrivacyConfig): boolean {
  return granteeRole !== 'parent_carer' && age < config.consentAge;
}

/** The same rule from a date of birth (none: taken to be the youngest age the service is for). */
export function needsParentAgreement(dateOfBirth: string | null, now: Date, granteeRole: string, config: PrivacyConfig): boolean {
  return grantNeedsParentAgreement(dateOfBirth ? ageOn(dateOfBirth, now) : YOUNGEST_AGE, granteeRole, config);
}

/** Whether a grant counts for this age: on their own say-so, or with their parent or carer's agreement. */
export function isGrantAgreed(grant: Grant, age: number, granteeRole: string, config: PrivacyConfig): boolean {
  return !grantNeedsParentAgreement(age, granteeRole, config) || Boolean(grant.parentAgreedAt);
}

/** The facts about one viewer and one young person that the rule needs. */
export type AccessFacts = {
  viewer: { id: string; role: string; laId: string; canSearchYoungPeople: boolean };
  youngPerson: { id: string; laId: string; dateOfBirth: string | null };
  /** True when the viewer is a PA with this young person on their caseload. */
  isOnCaseload: boolean;
  /** The viewer's consent grants from this young person (any state: the rule checks expiry and withdrawal). */
  grants: readonly Grant[];
  /** Why the viewer is looking, when they have no caseload link or consent. Needed for council access. */
  reason: string | null;
  now: Date;
};

export type AccessDecision = { basis: AccessBasis; parts: RecordPart[] } | null;

/** A reason has to say something: at least a few words, not "x". */
export const MIN_REASON_LENGTH = 10;

export function isReasonGiven(reason: string | null): reason is string {
  return typeof reason === 'string' && reason.trim().length >= MIN_REASON_LENGTH;
}

/** Whole years between a date of birth ("2009-03-14") and now, in UK dates. */
export function ageOn(dateOfBirth: string, now: Date): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  const hadBirthday = today.month > month || (today.month === month && today.day >= day);
  return today.year - year - (hadBirthday ? 0 : 1);
}

/**
 * Whether a young person can let someone see their record on their own. With no date of birth we only know
 * they are at least the youngest age the service is for, so that is enough only while the consent age is
 * that low.
 */
export function canConsentAlone(dateOfBirth: string | null, now: Date, config: PrivacyConfig): boolean {
  const age = dateOfBirth ? ageOn(dateOfBirth, now) : YOUNGEST_AGE;
  return age >= config.consentAge;
}

/** A grant counts while it is neither withdrawn nor past its end date. Withdrawal counts from that instant. */
export function isGrantActive(grant: Grant, now: Date): boolean {
  if (grant.revokedAt && grant.revokedAt.getTime() <= now.getTime()) return false;
  if (grant.expiresAt && grant.expiresAt.getTime() <= now.getTime()) return false;
  return true;
}

/** The parts the active grants cover. */
export function partsGranted(grants: readonly Grant[], now: Date): RecordPart[] {
  const scopes = new Set(grants.filter((grant) => isGrantActive(grant, now)).map((grant) => grant.scope));
  if (scopes.has('everything')) return [...RECORD_PARTS];
  return RECORD_PARTS.filter((part) => scopes.has(part));
}

/**
 * What this viewer may see of this young person's record, and why; null means nothing (the page shows
 * not-found). Never across councils. In order: the young person themself; a PA's caseload (the basic record)
 * plus anything the young person has agreed to; consent given to this member of staff by name; then, only with
 * a written reason, a council admin or a PA the council allows to look anyone up.
 */
export function decideAccess(facts: AccessFacts, config: PrivacyConfig = DEFAULT_PRIVACY_CONFIG): AccessDecision {
  const { viewer, youngPerson, now } = facts;
  if (viewer.id === youngPerson.id) return { basis: 'self', parts: [...RECORD_PARTS] };
  if (viewer.laId !== youngPerson.laId) return null;

  // Under the consent age a young person's own say-so is not enough: their named parent or carer has to agree
  // (except to a grant to that parent or carer themself).
  const age = youngPerson.dateOfBirth ? ageOn(youngPerson.dateOfBirth, now) : YOUNGEST_AGE;
  const consented = partsGranted(
    facts.grants.filter((grant) => isGrantAgreed(grant, age, viewer.role, config)),
    now,
  );

  if (viewer.role === 'adviser' && facts.isOnCaseload) {
    const parts = RECORD_PARTS.filter((part) => config.caseloadParts.includes(part) || consented.includes(part));
    return { basis: 'caseload', parts };
  }
  if (viewer.role !== 'young_person' && consented.length > 0) return { basis: 'consent', parts: consented };
  if (!isReasonGiven(facts.reason)) return null;
  if (viewer.role === 'adviser' && viewer.canSearchYoungPeople) return { basis: 'search_permission', parts: [...config.reasonParts] };
  if (viewer.role === 'la_admin') return { basis: 'la_admin', parts: [...config.reasonParts] };
  return null;
}
