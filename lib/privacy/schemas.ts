import { z } from 'zod';
import { phoneSignInSchema } from '@/lib/sign-in/schemas';
import { MIN_REASON_LENGTH, RECORD_PARTS } from './access';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

export const CHOOSE_ADVISER_MESSAGE = 'Choose the adviser you want to let see your record';
export const CHOOSE_PARTS_MESSAGE = 'Choose at least one thing they can see';

/** "Let an adviser see my record": who, and which parts (ticked boxes arrive as one comma-joined value). */
export const grantConsentSchema = z.object({
  adviser: z.string({ error: CHOOSE_ADVISER_MESSAGE }).pipe(uuid.or(z.literal(''))).refine((value) => value !== '', CHOOSE_ADVISER_MESSAGE),
  parts: z
    .string()
    .transform((value) => value.split(',').filter((part): part is (typeof RECORD_PARTS)[number] => (RECORD_PARTS as readonly string[]).includes(part)))
    .refine((parts) => parts.length > 0, CHOOSE_PARTS_MESSAGE),
});
export type GrantConsentInput = z.infer<typeof grantConsentSchema>;

/** One button: let (or stop) this person seeing this part. */
export const changeConsentSchema = z.object({
  person: uuid,
  part: z.enum(RECORD_PARTS),
  change: z.enum(['allow', 'stop']),
});
export type ChangeConsentInput = z.infer<typeof changeConsentSchema>;

export const REASON_MESSAGE = `Write why you need to look, in at least ${MIN_REASON_LENGTH} letters`;
export const NAME_MESSAGE = 'Enter at least 2 letters of their name';

/** A PA allowed to look anyone up: a name to search for and why (the reason is kept with every record they open). */
export const youngPersonSearchSchema = z.object({
  name: z.string().trim().min(2, NAME_MESSAGE).max(100, NAME_MESSAGE),
  reason: z.string().trim().min(MIN_REASON_LENGTH, REASON_MESSAGE).max(300, 'Write your reason in 300 letters or fewer'),
});
export type YoungPersonSearchInput = z.infer<typeof youngPersonSearchSchema>;

/** "Delete my account": the one button sends confirm=delete, so a stray or forged form without it does nothing. */
export const deleteAccountSchema = z.object({ confirm: z.literal('delete') });

/** A council admin asking for names (the September list): why they need them, kept with every name shown. */
export const listReasonSchema = z.object({
  reason: z.string().trim().min(MIN_REASON_LENGTH, REASON_MESSAGE).max(300, 'Write your reason in 300 letters or fewer'),
});

export const PARENT_NAME_MESSAGE = 'Enter their name, like Sam Smith';

/** "Name a parent or carer": their name, their mobile, and which parts they can see (ticked boxes, comma-joined). */
export const parentCarerSchema = z.object({
  'parent-name': z.string({ error: PARENT_NAME_MESSAGE }).trim().min(2, PARENT_NAME_MESSAGE).max(60, 'Use 60 letters or fewer'),
  'parent-phone': phoneSignInSchema.shape.phone,
  'parent-parts': z
    .string()
    .transform((value) => value.split(',').filter((part): part is (typeof RECORD_PARTS)[number] => (RECORD_PARTS as readonly string[]).includes(part)))
    .refine((parts) => parts.length > 0, CHOOSE_PARTS_MESSAGE),
});
export type ParentCarerInput = z.infer<typeof parentCarerSchema>;

/** One button: stop the parent or carer seeing anything. */
export const removeParentCarerSchema = z.object({ person: uuid });
