import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { z } from 'zod';

/**
 * A UK mobile number in E.164 (+447…), or null when the input is not one. Accepts 07…, +44 7…, 0044…, spaces
 * and dashes. libphonenumber parses the formats; the shape check is ours, because its metadata calls Ofcom's
 * drama range (07700 900xxx, used by the demo and tests) invalid.
 */
export function normaliseUkMobile(input: string): string | null {
  const cleaned = input.trim().replace(/^00/, '+');
  if (!/^[\d\s()+-]+$/.test(cleaned)) return null;
  const phone = parsePhoneNumberFromString(cleaned, 'GB');
  if (!phone) return null;
  return /^\+447\d{9}$/.test(phone.number) ? phone.number : null;
}

/** "+447700900123" → "07700 900123", the way people write their own number. */
export function formatUkMobile(e164: string): string {
  const national = `0${e164.slice(3)}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}

/** "+447700900123" → "07••• •••123": enough to recognise your own number on a shared screen, no more. */
export function maskUkMobile(e164: string): string {
  const national = `0${e164.slice(3)}`;
  return `${national.slice(0, 2)}••• •••${national.slice(-3)}`;
}

export const PHONE_MESSAGE = 'Enter a UK mobile number, like 07700 900 123';
export const EMAIL_MESSAGE = 'Enter an email address, like name@example.com';
export const CODE_MESSAGE = 'Enter the 6 numbers from the message we sent you';

export const phoneSignInSchema = z.object({
  phone: z
    .string({ error: PHONE_MESSAGE })
    .trim()
    .min(1, PHONE_MESSAGE)
    .transform((value, ctx) => {
      const e164 = normaliseUkMobile(value);
      if (!e164) {
        ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
        return z.NEVER;
      }
      return e164;
    }),
});
export type PhoneSignInInput = z.infer<typeof phoneSignInSchema>;

export const emailSignInSchema = z.object({
  email: z
    .string({ error: EMAIL_MESSAGE })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: EMAIL_MESSAGE }).max(254, EMAIL_MESSAGE)),
});
export type EmailSignInInput = z.infer<typeof emailSignInSchema>;

export const codeSchema = z.object({
  // People paste codes with spaces or type them as "123 456".
  code: z
    .string({ error: CODE_MESSAGE })
    .transform((value) => value.replace(/\s|-/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, CODE_MESSAGE)),
});
export type CodeInput = z.infer<typeof codeSchema>;

export const NAME_MESSAGE = 'Enter your first name';
export const AREA_MESSAGE = 'Choose the area where you live';

export const newAccountSchema = z.object({
  firstName: z.string({ error: NAME_MESSAGE }).trim().min(1, NAME_MESSAGE).max(60, 'Your first name must be 60 letters or fewer'),
  laSlug: z.string({ error: AREA_MESSAGE }).trim().min(1, AREA_MESSAGE),
});
export type NewAccountInput = z.infer<typeof newAccountSchema>;
