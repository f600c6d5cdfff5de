import { z } from 'zod';
import { VACANCY_TYPES } from './search';

/** An adviser's "Save a job search for them" form: some words, a kind of job, or both. */
export const adviserSavedSearchSchema = z
  .object({
    youngPersonId: z.uuid(),
    q: z.string().trim().max(100, 'Use 100 letters or fewer').transform((value) => value || undefined),
    type: z
      .enum(['', ...VACANCY_TYPES])
      .catch('')
      .transform((value) => value || undefined),
  })
  .refine((value) => value.q || value.type, { message: 'Enter words to search for, or choose a kind of job', path: ['q'] });

export type AdviserSavedSearchInput = z.infer<typeof adviserSavedSearchSchema>;
