// The life of an application, and who may move it on. Every status change goes through canChangeStatus here
// and then changeApplicationStatus in db/queries/applications.ts, which records who and when.

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'viewed',
  'interview',
  'offer',
  'accepted',
  'declined',
  'unsuccessful',
  'withdrawn',
  'no_show',
  'did_not_enrol',
] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Who is acting: the young person who applied, staff of the provider or employer, or the young person's adviser. */
export type StatusActor = 'young_person' | 'staff' | 'adviser';

type Transition = { from: ApplicationStatus; to: ApplicationStatus; by: readonly StatusActor[] };

const YOUNG_PERSON = ['young_person'] as const;
const STAFF = ['staff'] as const;
const STAFF_OR_ADVISER = ['staff', 'adviser'] as const;

/** The whole table. Anything not listed here is not allowed. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', by: YOUNG_PERSON },
  { from: 'draft', to: 'withdrawn', by: YOUNG_PERSON },

  { from: 'submitted', to: 'viewed', by: STAFF },
  { from: 'submitted', to: 'interview', by: STAFF },
  { from: 'submitted', to: 'offer', by: STAFF },
  { from: 'submitted', to: 'unsuccessful', by: STAFF },
  { from: 'submitted', to: 'withdrawn', by: YOUNG_PERSON },

  { from: 'viewed', to: 'interview', by: STAFF },
  { from: 'viewed', to: 'offer', by: STAFF },
  { from: 'viewed', to: 'unsuccessful', by: STAFF },
  { from: 'viewed', to: 'withdrawn', by: YOUNG_PERSON },

  // A new date for the interview is the same status again.
  { from: 'interview', to: 'interview', by: STAFF },
  { from: 'interview', to: 'offer', by: STAFF },
  { from: 'interview', to: 'unsuccessful', by: STAFF },
  { from: 'interview', to: 'withdrawn', by: YOUNG_PERSON },
  { from: 'interview', to: 'no_show', by: STAFF_OR_ADVISER },

  { from: 'offer', to: 'accepted', by: YOUNG_PERSON },
  { from: 'offer', to: 'declined', by: YOUNG_PERSON },

  { from: 'accepted', to: 'withdrawn', by: YOUNG_PERSON },
  { from: 'accepted', to: 'did_not_enrol', by: STAFF_OR_ADVISER },
];

/** Whether this actor may move an application from one status to another. */
export function canChangeStatus(from: ApplicationStatus, to: ApplicationStatus, actor: StatusActor): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.to === to && t.by.includes(actor));
}

/** The statuses this actor may move an application on to. */
export function nextStatuses(from: ApplicationStatus, actor: StatusActor): ApplicationStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.by.includes(actor)).map((t) => t.to);
}

/** No one can move it on from here. */
export function isFinished(status: ApplicationStatus): boolean {
  return !TRANSITIONS.some((t) => t.from === status);
}

/** Sent and not yet decided: the provider or employer owes the young person a reply. */
export function isAwaitingReply(status: ApplicationStatus): boolean {
  return status === 'submitted' || status === 'viewed';
}

/** Holding an offer, for the September Guarantee: made and not turned down. */
export function isHoldingOffer(status: ApplicationStatus): boolean {
  return status === 'offer' || status === 'accepted';
}

/** Has been sent (counts as "has applied" for the September Guarantee). */
export function isSent(status: ApplicationStatus): boolean {
  return status !== 'draft' && status !== 'withdrawn';
}

/** What the young person sees: the status in plain words and what happens next. */
export const STATUS_WORDS_FOR_YOUNG_PERSON: Record<ApplicationStatus, { label: string; next: string }> = {
  draft: { label: 'Not sent yet', next: 'Finish your answers and send it when you are ready.' },
  submitted: { label: 'Sent', next: 'They will look at it and get back to you. This often takes one or two weeks.' },
  viewed: { label: 'They have read it', next: 'They are thinking about it. They will get back to you.' },
  interview: { label: 'Invited to an interview', next: 'Go to the interview. Ask your adviser if you want help to get ready.' },
  offer: { label: 'You have an offer', next: 'Say yes or no to the offer.' },
  accepted: { label: 'You said yes', next: 'They will tell you when and where to start.' },
  declined: { label: 'You said no', next: 'Nothing more to do. You can look for something else.' },
  unsuccessful: { label: 'Not this time', next: 'It was not a yes this time. Your adviser can help you look for something else.' },
  withdrawn: { label: 'You stopped this application', next: 'Nothing more to do.' },
  no_show: { label: 'You did not go to the interview', next: 'That is OK. Your adviser can help you find what to do next.' },
  did_not_enrol: { label: 'You did not start', next: 'That is OK. Your adviser can help you find something that suits you.' },
};

/** What provider and employer staff see. */
export const STATUS_WORDS_FOR_STAFF: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  submitted: 'New',
  viewed: 'Read',
  interview: 'Interview',
  offer: 'Offer made',
  accepted: 'Offer accepted',
  declined: 'Offer declined',
  unsuccessful: 'Turned down',
  withdrawn: 'Withdrawn',
  no_show: 'Did not come to interview',
  did_not_enrol: 'Did not start',
};

/** What an adviser sees on a young person's record. */
export const STATUS_WORDS_FOR_ADVISER: Record<ApplicationStatus, string> = {
  draft: 'Not sent yet',
  submitted: 'Sent',
  viewed: 'Seen by them',
  interview: 'Invited to an interview',
  offer: 'Offered a place',
  accepted: 'Said yes to an offer',
  declined: 'Said no to an offer',
  unsuccessful: 'Not this time',
  withdrawn: 'Stopped by the young person',
  no_show: 'Did not go to the interview',
  did_not_enrol: 'Did not start the course or job',
};

/** The outcomes an adviser records, as the button says them. */
export const ADVISER_OUTCOMES = {
  no_show: { from: 'interview', button: 'They did not go to the interview', done: 'Saved: they did not go to the interview.' },
  did_not_enrol: { from: 'accepted', button: 'They did not start the course or job', done: 'Saved: they did not start.' },
} as const satisfies Partial<Record<ApplicationStatus, { from: ApplicationStatus; button: string; done: string }>>;

export type AdviserOutcome = keyof typeof ADVISER_OUTCOMES;
