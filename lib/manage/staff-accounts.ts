import { z } from 'zod';
import { PROVIDER_KINDS } from '@/lib/providers/words';
import { EMAIL_MESSAGE, normaliseUkMobile, PHONE_MESSAGE } from '@/lib/sign-in/schemas';
import { optionalUkPhone, optionalWebsite, PROVIDER_PROFILE_FIELDS, providerProfileSchema } from './provider-schemas';

// The council's own accounts page (decision 034): which staff accounts exist in its area, and the rules for
// adding one, changing its role and turning it off. Pure: the pages and db/queries both use it.

/** The kinds of account a council admin looks after. Young people and parents or carers make their own. */
export const STAFF_ROLES = ['adviser', 'provider_staff', 'employer_staff', 'la_admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

const ROLE_MESSAGE = 'Choose what they do';
const PROVIDER_MESSAGE = 'Choose the course provider they work for';
const EMPLOYER_MESSAGE = 'Choose the employer they work for';
const CONTACT_MESSAGE = 'Enter their email address or mobile number, so they can get a sign-in code';

/** Empty becomes null; anything else must be an email address. */
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value, context) => {
    if (value === '') return null;
    if (value.length > 254 || !z.email().safeParse(value).success) context.addIssue({ code: 'custom', message: EMAIL_MESSAGE });
    return value;
  });

/** Empty becomes null; anything else must be a UK mobile number (stored as +447…). */
const optionalMobile = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === '') return null;
    const phone = normaliseUkMobile(value);
    if (!phone) context.addIssue({ code: 'custom', message: PHONE_MESSAGE });
    return phone;
  });

const optionalId = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value));

/**
 * Provider and employer staff must say which organisation, and only that one is kept. An adviser may work at
 * one of the area's centres (where its kiosks send "ask someone here"); nobody else has a centre.
 */
const roleAndOrganisation = z
  .object({
    role: z.enum(STAFF_ROLES, { message: ROLE_MESSAGE }),
    providerId: optionalId,
    employerId: optionalId,
    centreId: optionalId.optional().transform((value) => value ?? null),
  })
  .superRefine((value, context) => {
    if (value.role === 'provider_staff' && !value.providerId) context.addIssue({ code: 'custom', path: ['providerId'], message: PROVIDER_MESSAGE });
    if (value.role === 'employer_staff' && !value.employerId) context.addIssue({ code: 'custom', path: ['employerId'], message: EMPLOYER_MESSAGE });
  })
  .transform((value) => ({
    role: value.role,
    providerId: value.role === 'provider_staff' ? value.providerId : null,
    employerId: value.role === 'employer_staff' ? value.employerId : null,
    centreId: value.role === 'adviser' ? value.centreId : null,
  }));

export const newStaffAccountSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter their name').max(80, 'The name must be 80 letters or fewer'),
    email: optionalEmail,
    phone: optionalMobile,
  })
  .superRefine((value, context) => {
    if (!value.email && !value.phone) context.addIssue({ code: 'custom', path: ['email'], message: CONTACT_MESSAGE });
  })
  .and(roleAndOrganisation);
export type NewStaffAccountInput = z.infer<typeof newStaffAccountSchema>;
export const NEW_STAFF_ACCOUNT_FIELDS = ['name', 'email', 'phone', 'role', 'providerId', 'employerId', 'centreId'];

export const staffRoleSchema = roleAndOrganisation;
export type StaffRoleInput = z.infer<typeof staffRoleSchema>;
export const STAFF_ROLE_FIELDS = ['role', 'providerId', 'employerId', 'centreId'];

export const CENTRE_MESSAGE = 'Choose a centre in your area';

export const newProviderSchema = z.object({
  name: z.string().trim().min(1, 'Enter the name of the course provider').max(120, 'The name must be 120 letters or fewer'),
  kind: z.enum(PROVIDER_KINDS, { message: 'Choose what kind of provider it is' }),
  summary: z.string().trim().min(1, 'Enter one line about what they offer, in plain words').max(300, 'The summary must be 300 letters or fewer'),
  website: optionalWebsite,
  email: optionalEmail,
});
export type NewProviderInput = z.infer<typeof newProviderSchema>;
export const NEW_PROVIDER_FIELDS = ['name', 'kind', 'summary', 'website', 'email'];

/**
 * A council admin changing one of its area's providers: the provider's own profile fields (the same schema
 * pieces, so the same rules and messages), plus what the council set when it added the provider and how to
 * reach it. "What they offer" may stay empty here: a provider the council added has none yet, and the council
 * may only be fixing its website. Fields are in the form's order, so the error summary is too.
 */
export const areaProviderSchema = z.object({
  name: newProviderSchema.shape.name,
  kind: newProviderSchema.shape.kind,
  summary: newProviderSchema.shape.summary,
  ...providerProfileSchema.shape,
  description: z.string().trim().max(4000, 'What they offer must be 4000 letters or fewer'),
  email: optionalEmail,
  phone: optionalUkPhone,
});
export type AreaProviderInput = z.infer<typeof areaProviderSchema>;
export const AREA_PROVIDER_FIELDS = ['name', 'kind', 'summary', ...PROVIDER_PROFILE_FIELDS, 'email', 'phone'];

export type AdminChange = {
  /** The account being changed. */
  target: { role: string; isActive: boolean };
  /** 'deactivate', or the role they are being moved to. */
  change: { kind: 'deactivate' } | { kind: 'role'; to: StaffRole };
  /** Active council admins in the area now, the target included if they are one. */
  activeAdminCount: number;
};

export const LAST_ADMIN_MESSAGE =
  'This is the last council admin account in your area. Add another council admin first, so someone can still manage the area.';

/**
 * The one rule that keeps an area manageable: the last active council admin cannot be turned off or moved to
 * another role (by themselves or anyone). The message to show, or null when the change may go ahead.
 */
export function lastAdminProblem({ target, change, activeAdminCount }: AdminChange): string | null {
  const isActiveAdmin = target.role === 'la_admin' && target.isActive;
  if (!isActiveAdmin) return null;
  const stopsBeingAdmin = change.kind === 'deactivate' || change.to !== 'la_admin';
  return stopsBeingAdmin && activeAdminCount <= 1 ? LAST_ADMIN_MESSAGE : null;
}

/** The later of the two times a person last proved their email or phone, which is when they last signed in. */
export function lastSignIn(emailVerified: Date | null, phoneVerified: Date | null): Date | null {
  if (!emailVerified) return phoneVerified;
  if (!phoneVerified) return emailVerified;
  return emailVerified > phoneVerified ? emailVerified : phoneVerified;
}

/** What each role is called on the accounts pages. */
export const STAFF_ROLE_WORDS: Record<StaffRole, string> = {
  adviser: 'Personal adviser',
  provider_staff: 'Course provider staff',
  employer_staff: 'Employer staff',
  la_admin: 'Council admin',
};
