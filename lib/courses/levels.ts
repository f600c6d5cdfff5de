/** Course levels in the words young people use, with the formal name beside them. */
export const COURSE_LEVELS = ['entry', 'level_1', 'level_2', 'level_3', 'level_4'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

/** The plain-words groups a young person filters by. Several formal levels can share one. */
export const PLAIN_LEVELS = {
  'starting-out': { label: 'Starting out', hint: 'No exams needed to start', levels: ['entry', 'level_1'] },
  'gcse-level': { label: 'GCSE level', hint: 'Like GCSEs at grades 4 to 9', levels: ['level_2'] },
  'a-level-level': { label: 'A level level', hint: 'Like A levels or a BTEC National', levels: ['level_3'] },
  higher: { label: 'Higher level', hint: 'After A levels, like the first year of university', levels: ['level_4'] },
} as const satisfies Record<string, { label: string; hint: string; levels: readonly CourseLevel[] }>;
export type PlainLevel = keyof typeof PLAIN_LEVELS;

const FORMAL_NAMES: Record<CourseLevel, string> = {
  entry: 'Entry level',
  level_1: 'Level 1',
  level_2: 'Level 2',
  level_3: 'Level 3',
  level_4: 'Level 4',
};

export function plainLevelOf(level: CourseLevel): PlainLevel {
  const entry = Object.entries(PLAIN_LEVELS).find(([, group]) => (group.levels as readonly string[]).includes(level));
  return entry![0] as PlainLevel;
}

/** "GCSE level (Level 2)": the words first, the formal name for parents and advisers. */
export function describeLevel(level: CourseLevel): string {
  return `${PLAIN_LEVELS[plainLevelOf(level)].label} (${FORMAL_NAMES[level]})`;
}

export function isPlainLevel(value: unknown): value is PlainLevel {
  return typeof value === 'string' && Object.hasOwn(PLAIN_LEVELS, value);
}
