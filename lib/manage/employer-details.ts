import { z } from 'zod';
import { flagWording } from '@/lib/vacancies/wording';
import { organisationNameField, workplacePostcodeField } from './employer-sign-up';

export const EMPLOYER_SUMMARY_MAX = 600;

/**
 * An employer's details, as its own staff or the council change them: the name young people see on its
 * vacancies, a few words about it ("About the employer" on each vacancy) and its workplace postcode. Words
 * the vacancy check would flag are refused here, because nobody reviews these words before they go live.
 */
export const employerDetailsSchema = z.object({
  name: organisationNameField,
  summary: z
    .string()
    .trim()
    .max(EMPLOYER_SUMMARY_MAX, `Keep it to ${EMPLOYER_SUMMARY_MAX} letters or fewer`)
    .superRefine((value, context) => {
      const flagged = flagWording(value);
      if (flagged.length > 0) {
        context.addIssue({
          code: 'custom',
          message: `Take out “${flagged.join('”, “')}”: it may be unfair to some young people, or unsafe`,
        });
      }
    }),
  postcode: workplacePostcodeField,
});
export type EmployerDetailsInput = z.infer<typeof employerDetailsSchema>;
export const EMPLOYER_DETAILS_FIELDS = ['name', 'summary', 'postcode'];
