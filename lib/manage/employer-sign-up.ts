import { z } from 'zod';
import { parsePostcodeQuery } from '@/lib/geo/places';
import { EMAIL_MESSAGE } from '@/lib/sign-in/schemas';

/** An employer's name, as it signs up and as it or the council changes it later. */
export const organisationNameField = z
  .string()
  .trim()
  .min(1, 'Enter the name of the business or organisation')
  .max(120, 'The name must be 120 letters or fewer');

/** The full postcode of the employer's workplace (only a full one places it on the map for distance search). */
export const workplacePostcodeField = z
  .string()
  .trim()
  .transform((value, context) => {
    const parsed = parsePostcodeQuery(value);
    if (parsed?.kind !== 'postcode') {
      context.addIssue({ code: 'custom', message: 'Enter the full postcode of the workplace, like HX1 2SP' });
      return '';
    }
    return parsed.postcode;
  });

/** A new employer asking to post vacancies. The council approves them before their vacancies go live. */
export const employerSignUpSchema = z.object({
  organisationName: organisationNameField,
  postcode: workplacePostcodeField,
  yourName: z.string().trim().min(1, 'Enter your name').max(80, 'Your name must be 80 letters or fewer'),
  email: z
    .string({ error: EMAIL_MESSAGE })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: EMAIL_MESSAGE }).max(254, EMAIL_MESSAGE)),
});
export type EmployerSignUpInput = z.infer<typeof employerSignUpSchema>;
export const EMPLOYER_SIGN_UP_FIELDS = ['organisationName', 'postcode', 'yourName', 'email'];

/** "Hebden Car Care Ltd" → "hebden-car-care-ltd", for the employer's address. */
export function slugFor(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'employer'
  );
}
