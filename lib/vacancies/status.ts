/**
 * A vacancy's status, changed only through this table. Employers close a vacancy (no more applications),
 * mark it filled, or re-open it; a draft goes live when posted.
 */
export const VACANCY_STATUSES = ['draft', 'live', 'closed', 'filled'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const VACANCY_EVENTS = ['post', 'close', 'fill', 'reopen'] as const;
export type VacancyEvent = (typeof VACANCY_EVENTS)[number];

const TRANSITIONS: Record<VacancyStatus, Partial<Record<VacancyEvent, VacancyStatus>>> = {
  draft: { post: 'live' },
  live: { close: 'closed', fill: 'filled' },
  closed: { fill: 'filled', reopen: 'live' },
  filled: { reopen: 'live' },
};

/** The status after an event, or null when the event is not allowed from this status. */
export function nextVacancyStatus(from: VacancyStatus, event: VacancyEvent): VacancyStatus | null {
  return TRANSITIONS[from][event] ?? null;
}

/** The events an employer may choose from this status, in the order the buttons show. */
export function vacancyEventsFrom(from: VacancyStatus): VacancyEvent[] {
  return VACANCY_EVENTS.filter((event) => event !== 'post' && TRANSITIONS[from][event] !== undefined);
}

export function isVacancyEvent(value: unknown): value is VacancyEvent {
  return typeof value === 'string' && (VACANCY_EVENTS as readonly string[]).includes(value);
}

/** What the employer sees, in plain words. */
export const VACANCY_STATUS_WORDS: Record<VacancyStatus, string> = {
  draft: 'Not posted yet',
  live: 'Open for applications',
  closed: 'Closed',
  filled: 'Filled',
};

export const VACANCY_EVENT_WORDS: Record<Exclude<VacancyEvent, 'post'>, string> = {
  close: 'Close it: no more applications',
  fill: 'Mark it as filled',
  reopen: 'Open it again',
};
