import { z } from 'zod';

const choose = 'Choose how you want to get these';

/** The "How we contact you" form: one choice per kind of message. Important news cannot be turned off. */
export const contactChoicesSchema = z.object({
  application_updates: z.enum(['sms', 'email'], { error: choose }),
  reminders: z.enum(['sms', 'email', 'none'], { error: choose }),
  job_alerts: z.enum(['sms', 'email', 'none'], { error: choose }),
});

export type ContactChoicesInput = z.infer<typeof contactChoicesSchema>;
