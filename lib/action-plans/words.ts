import { ukTomorrow } from './reminders';

const dayWords = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Thursday 3 December" for a UK day ("2026-12-03"). */
export function formatDay(dueOn: string): string {
  return dayWords.format(new Date(`${dueOn}T12:00:00Z`));
}

/** When a step is due, in plain words: "Do it today", "Do it by tomorrow", "Do it by Thursday 3 December". */
export function describeDue(dueOn: string, today: string, now: Date): string {
  if (dueOn < today) return `This was for ${formatDay(dueOn)}`;
  if (dueOn === today) return 'Do it today';
  if (dueOn === ukTomorrow(now)) return 'Do it by tomorrow';
  return `Do it by ${formatDay(dueOn)}`;
}

/** "You have 2 steps to do." */
export function describeStepsToDo(count: number): string {
  if (count === 0) return 'You have done every step. Well done!';
  return `You have ${count} ${count === 1 ? 'step' : 'steps'} to do.`;
}
