/**
 * An action plan step's life: to do → done (and back, if it was ticked by mistake), and removed by the
 * adviser. The one rule every write goes through (db/queries/action-plans.ts). No database here.
 */

export const ACTION_STEP_STATUSES = ['to_do', 'done', 'removed'] as const;
export type ActionStepStatus = (typeof ACTION_STEP_STATUSES)[number];

/** The small pictures an adviser can put beside a step, so it can be found without reading. */
export const ACTION_STEP_PICTURES = ['course', 'job', 'apprenticeship', 'cv', 'explore', 'talk'] as const;
export type ActionStepPicture = (typeof ACTION_STEP_PICTURES)[number];

export const STEP_PICTURES: Record<ActionStepPicture, { label: string; src: string }> = {
  course: { label: 'A course', src: '/images/home/courses.svg' },
  job: { label: 'A job', src: '/images/vacancies/job.svg' },
  apprenticeship: { label: 'An apprenticeship', src: '/images/vacancies/apprenticeship.svg' },
  cv: { label: 'Your CV', src: '/images/privacy/cv.svg' },
  explore: { label: 'Finding out', src: '/images/home/explore.svg' },
  talk: { label: 'Talk to someone', src: '/images/contact/text.svg' },
};

/** A link on a step: a page on this site and the words to show. */
export type StepLink = { label: string; href: string };

export type StepActor = 'young_person' | 'adviser';

/** Who may move a step from one status to another. Removing is the adviser's; both may tick and untick. */
const TRANSITIONS: Record<ActionStepStatus, Partial<Record<ActionStepStatus, readonly StepActor[]>>> = {
  to_do: { done: ['young_person', 'adviser'], removed: ['adviser'] },
  done: { to_do: ['young_person', 'adviser'], removed: ['adviser'] },
  removed: {},
};

export function canMoveStep(from: ActionStepStatus, to: ActionStepStatus, by: StepActor): boolean {
  return TRANSITIONS[from][to]?.includes(by) ?? false;
}

/** The statuses this actor can move a step to from here. */
export function nextStepStatuses(from: ActionStepStatus, by: StepActor): ActionStepStatus[] {
  return ACTION_STEP_STATUSES.filter((to) => canMoveStep(from, to, by));
}

/** Whether the adviser may still change the words, picture, link or date (not once it is removed). */
export function canEditStep(status: ActionStepStatus): boolean {
  return status !== 'removed';
}

/** The step's words after a present-mode hand-over of n things. */
export function handOverStepText(count: number): string {
  return count === 1 ? 'Look at the thing we found together' : `Look at the ${count} things we found together`;
}
