import { z } from 'zod';

// What staff fill in to add a young person's story. The clip and the captions file come with the form
// as files and are checked separately (lib/media, ./captions).

const ticked = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'yes' || value === 'true');

export const TRANSCRIPT_MAX = 6000;

export const storySchema = z.object({
  /** "provider" (about the whole provider), a course id, or a kind-of-work slug: the form's choices. */
  subject: z.string().trim().min(1, 'Choose what the story is about'),
  tellerName: z
    .string()
    .trim()
    .min(1, 'Enter the first name of the young person telling the story')
    .max(40, 'The first name must be 40 letters or fewer')
    .refine((name) => !/\s\S/.test(name), 'Enter their first name only'),
  tellerAge: z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === '') return null;
      const age = Number(value);
      if (!Number.isInteger(age) || age < 13 || age > 30) {
        context.addIssue({ code: 'custom', message: 'Enter an age from 13 to 30, or leave it empty' });
        return null;
      }
      return age;
    }),
  transcript: z
    .string()
    .trim()
    .min(1, 'Write down what they say, so people can read it as well as hear it')
    .max(TRANSCRIPT_MAX, `The words must be ${TRANSCRIPT_MAX} letters or fewer`),
  hasConsent: ticked.refine((value) => value, 'Confirm that the young person agreed to share their story'),
});

export type StoryInput = z.infer<typeof storySchema>;
export const STORY_FIELDS = ['subject', 'tellerName', 'tellerAge', 'transcript', 'hasConsent'];

/** The story's subject as chosen on the form: the provider itself, one of its courses, or a kind of work. */
export type StorySubject = { kind: 'provider' } | { kind: 'course'; courseId: string } | { kind: 'work'; slug: string };
