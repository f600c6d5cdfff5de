// The change log screen for provider staff, in plain words: "Sam Jones changed the start date of Plumbing
// Level 1". Each line of the log keeps who, which record (its type and name), the one-line summary and the
// fields that changed (db/queries/content-changes.ts).

/** The words for each field a provider's change can touch. Unknown fields fall back to their own name, spaced out. */
const FIELD_WORDS: Record<string, string> = {
  title: 'the title',
  summary: 'what the course is',
  whatYouLearn: 'what you learn',
  entryRequirements: 'what you need to start',
  isNoQualificationsNeeded: 'no qualifications needed',
  method: 'how students learn',
  durationText: 'how long it lasts',
  cost: 'the cost',
  categoryId: 'the kind of work',
  level: 'the level',
  mode: 'full or part time',
  ageGroup: 'the age group',
  isApprenticeship: 'apprenticeship or not',
  startsOn: 'the start date',
  applyBy: 'the date to apply by',
  places: 'the number of places',
  siteId: 'where it starts',
  description: 'what you offer',
  supportInfo: 'help for learners',
  textNumber: 'the text number',
  website: 'the website',
  name: 'the name',
  addressLine: 'the address',
  town: 'the town',
  postcode: 'the postcode',
  gettingThere: 'how to get there',
  position: 'the order',
};

/** Where a provider's field shares a name with a course's but means something else, or only a provider has it. */
const PROVIDER_FIELD_WORDS: Record<string, string> = {
  summary: 'the one-line summary',
  kind: 'the kind of provider',
  email: 'the email address',
  phone: 'the phone number',
};

/** A provider's own vacancies (decision 041): the words of the vacancy form. */
const VACANCY_FIELD_WORDS: Record<string, string> = {
  summary: 'what it is',
  type: 'the kind of vacancy',
  whatYoullDo: 'what they will do',
  wagePence: 'the pay',
  wageUnit: 'how it is paid',
  isMinimumWageForAge: 'the legal minimum pay',
  hoursPerWeek: 'the hours a week',
  hoursType: 'full or part time',
  closesOn: 'the closing date',
  isNoExperienceNeeded: 'no experience needed',
  questions: 'the questions',
  acceptsVoiceAndVideo: 'answers by voice or video',
  status: 'the status',
};

export function fieldWords(field: string, entityType?: string): string {
  const ownWords = entityType === 'provider' ? PROVIDER_FIELD_WORDS : entityType === 'vacancy' ? VACANCY_FIELD_WORDS : {};
  const words = ownWords[field] ?? FIELD_WORDS[field];
  return words ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** "Changed the name and the website of Calder Valley College": a summary for the log that reads on its own. */
export function describeFieldsChanged(fields: string[], entityType: string, entityName: string): string {
  return `Changed ${listWords(fields.map((field) => fieldWords(field, entityType)))} of ${entityName}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export type ChangeLine = {
  by: string | null;
  entityType: string;
  entityName: string | null;
  summary: string;
  changes: Record<string, unknown> | null;
};

const RECORD_WORDS: Record<string, string> = {
  provider: 'your profile',
  course: 'a course',
  course_run: 'a start date',
  open_day: 'an open day',
  photo: 'a photo',
  site: 'a site',
  vacancy: 'a vacancy',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * One line of the log in plain words. An edit ("Changed startsOn, places") becomes "Sam Jones changed the
 * start date and the number of places of Plumbing Level 1"; anything else is the person then the summary
 * ("Sam Jones added a site: Main campus").
 */
export function describeChangeLine(line: ChangeLine): string {
  const who = line.by ?? 'Someone';
  const fields = Object.keys(line.changes ?? {});
  const what = line.entityName ?? RECORD_WORDS[line.entityType] ?? 'a record';
  if (line.summary.startsWith('Changed ') && fields.length > 0 && !line.summary.includes(' from a CSV file')) {
    return `${who} changed ${listWords(fields.map((field) => fieldWords(field, line.entityType)))} of ${what}`;
  }
  const summary = lowerFirst(line.summary);
  const named = line.entityName && !line.summary.includes(line.entityName) ? ` (${line.entityName})` : '';
  return `${who} ${summary}${named}`;
}
