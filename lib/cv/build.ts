import { CV_SECTIONS, type CvSectionInfo } from './sections';

/**
 * The guided "Build my CV" steps: one per CV part, in the CV's own order, each with an example in plain
 * words and a picture. Pure, so the page, the action and the unit test share one list.
 */
export type BuildStep = {
  number: number;
  info: CvSectionInfo;
  /** The question the step asks. */
  question: string;
  /** A worked example, so nobody starts from a blank page. */
  exampleTitle: string;
  exampleBody: string;
  imagePath: string;
};

const STEP_WORDS: Record<CvSectionInfo['section'], Omit<BuildStep, 'number' | 'info'>> = {
  about_me: {
    question: 'Tell people a bit about you',
    exampleTitle: 'Hello, I am Jade',
    exampleBody: 'I am friendly and I like helping people. I am good at keeping calm when things get busy.',
    imagePath: '/images/skills/talking-to-people.svg',
  },
  things_i_have_done: {
    question: 'What is something you have done that you are proud of?',
    exampleTitle: 'Fixed my bike',
    exampleBody: 'The chain kept coming off. I watched a video, got the right tool and fixed it myself.',
    imagePath: '/images/skills/making-things.svg',
  },
  education: {
    question: 'Where do you study, and what are you taking?',
    exampleTitle: 'GCSE Maths at Halifax High School',
    exampleBody: 'I am in Year 11. My teacher thinks I will get a 6.',
    imagePath: '/images/explore/gcses.svg',
  },
  work_and_volunteering: {
    question: 'Have you had a job, work experience or helped out?',
    exampleTitle: 'Helper at the food bank',
    exampleBody: 'Every Saturday I sort the food and pack bags for families.',
    imagePath: '/images/skills/looking-after-people.svg',
  },
  interests: {
    question: 'What do you like doing in your own time?',
    exampleTitle: 'Playing football',
    exampleBody: 'I play for a local team and help coach the under 10s.',
    imagePath: '/images/explore/music.svg',
  },
  looking_for: {
    question: 'What would you like to do next?',
    exampleTitle: 'An apprenticeship in car repair',
    exampleBody: 'I like fixing things and working with my hands.',
    imagePath: '/images/explore/start.svg',
  },
};

export const BUILD_STEPS: readonly BuildStep[] = CV_SECTIONS.map((info, index) => ({ number: index + 1, info, ...STEP_WORDS[info.section] }));

export const BUILD_STEP_COUNT = BUILD_STEPS.length;

/** The step stored once someone has been through every step. */
export const BUILD_FINISHED = BUILD_STEP_COUNT + 1;

/** "/cv/build/3" → the third step; anything else (0, 7, "abc", "2.5") → null, and the page shows not-found. */
export function buildStepFromParam(param: string): BuildStep | null {
  if (!/^[1-9]\d*$/.test(param)) return null;
  return BUILD_STEPS[Number(param) - 1] ?? null;
}

/** Where a step's Save or Skip goes next: the following step, or the end page after the last. */
export function pathAfterStep(step: number): string {
  return step >= BUILD_STEP_COUNT ? '/cv/build/done' : `/cv/build/${step + 1}`;
}

/**
 * What /cv offers, from the stored next step (null when they never started): start, carry on at step N,
 * or nothing more to do.
 */
export function resumeChoice(nextStep: number | null): { kind: 'start' } | { kind: 'carry-on'; step: number } | { kind: 'finished' } {
  if (nextStep === null || nextStep <= 1) return { kind: 'start' };
  if (nextStep > BUILD_STEP_COUNT) return { kind: 'finished' };
  return { kind: 'carry-on', step: nextStep };
}
