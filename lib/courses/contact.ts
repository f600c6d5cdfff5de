import { z } from 'zod';

export const MESSAGE_TOO_LONG = 'Your message must be 500 letters or fewer';

export const contactRequestSchema = z.object({
  course: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .catch(undefined),
  message: z.string().trim().max(500, MESSAGE_TOO_LONG).default(''),
});
export type ContactRequestInput = z.infer<typeof contactRequestSchema>;
