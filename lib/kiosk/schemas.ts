import { z } from 'zod';
import { phoneSignInSchema } from '@/lib/sign-in/schemas';

export const CENTRE_MESSAGE = 'Choose the centre where this computer is';
export const LABEL_MESSAGE = 'Give this computer a name, like "PC by the window"';

/** An LA admin makes a one-time enrolment link for a PC at one of their centres. */
export const kioskEnrolmentSchema = z.object({
  centre: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, CENTRE_MESSAGE),
  label: z.string().trim().min(1, LABEL_MESSAGE).max(60, 'Use 60 letters or fewer'),
});
export type KioskEnrolmentInput = z.infer<typeof kioskEnrolmentSchema>;

/** Only a path on this site ("/vacancies/…"), never another site: a kiosk must not text out any link it is given. */
export const sitePathSchema = z
  .string()
  .refine((value) => value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && value.length <= 500);

/** "Send this to my phone": a UK mobile typed once (not kept), and the page to send. */
export const sendToPhoneSchema = z.object({
  phone: phoneSignInSchema.shape.phone,
  path: sitePathSchema,
});
export type SendToPhoneInput = z.infer<typeof sendToPhoneSchema>;

/** The page a kiosk tool is for, from ?path=; the home page when missing or not a page on this site. */
export function kioskPathFrom(value: unknown): string {
  const parsed = sitePathSchema.safeParse(value);
  return parsed.success ? parsed.data : '/';
}
