import { z } from 'zod';
import { sitePathSchema } from '@/lib/kiosk/schemas';
import { phoneSignInSchema } from '@/lib/sign-in/schemas';
import { ACTION_STEP_PICTURES, type StepLink } from './status';

export const STEP_TEXT_MAX = 120;

/**
 * A link to a course or a job on this site, pasted as a whole address or a path; kept as the path only.
 * Empty means no link.
 */
export function stepLinkFrom(value: string): StepLink | null | 'invalid' {
  const trimmed = value.trim();
  if (!trimmed) return null;
  let path = trimmed;
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      const url = new URL(trimmed);
      path = `${url.pathname}${url.search}`;
    } catch {
      return 'invalid';
    }
  }
  if (!sitePathSchema.safeParse(path).success) return 'invalid';
  if (/^\/courses\/[\w-]+/.test(path)) return { label: 'Open the course', href: path };
  if (/^\/vacancies\/[\w-]+/.test(path)) return { label: 'Open the job', href: path };
  return 'invalid';
}

const isRealDay = (value: string) => {
  const day = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
};

/**
 * An adviser's step: short plain words, an optional picture, an optional link, a day from today on.
 * `today` is the UK date ("2026-12-02"), passed in so the rule stays pure.
 */
export function actionStepSchema(today: string) {
  return z.object({
    text: z
      .string()
      .trim()
      .min(1, 'Enter the step, like “Visit Calder Valley College open day”')
      .max(STEP_TEXT_MAX, `Use ${STEP_TEXT_MAX} letters or fewer`),
    picture: z
      .enum(['', ...ACTION_STEP_PICTURES])
      .catch('')
      .transform((value) => value || null),
    link: z
      .string()
      .transform((value, context) => {
        const link = stepLinkFrom(value);
        if (link === 'invalid') {
          context.addIssue({ code: 'custom', message: 'Paste the address of a course or job on this site, or leave it empty' });
          return z.NEVER;
        }
        return link;
      }),
    dueOn: z
      .string()
      .trim()
      .min(1, 'Enter the day it should be done by')
      .refine(isRealDay, 'Enter a real day, like 14 March')
      .refine((value) => value >= today, 'Choose today or a day after today'),
  });
}

export type ActionStepInput = z.infer<ReturnType<typeof actionStepSchema>>;

/** Present mode: the young person types their own mobile number, so no names show on the shared screen. */
export const handOverSchema = z.object({
  phone: phoneSignInSchema.shape.phone,
  path: sitePathSchema,
});
