import { z } from 'zod';
import { isVacancyId } from '@/lib/vacancies/search';

export const MESSAGE_TOO_LONG = 'Your message must be 500 letters or fewer';

/** "Ask my adviser to contact me", about a course (by slug), a vacancy (by id), or nothing in particular. */
export const contactRequestSchema = z.object({
  course: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .catch(undefined),
  vacancy: z.string().refine(isVacancyId).optional().catch(undefined),
  message: z.string().trim().max(500, MESSAGE_TOO_LONG).default(''),
});
export type ContactRequestInput = z.infer<typeof contactRequestSchema>;
