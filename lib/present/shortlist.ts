import type { StepLink } from '@/lib/action-plans/status';

/** Present mode lasts 12 hours at most (its cookie); a shortlist older than that belongs to no session. */
export const SHORTLIST_HOURS = 12;

/** The most a shortlist holds: enough for one interview, small enough for one step and one QR code. */
export const SHORTLIST_MAX = 10;

export type ShortlistItem = {
  id: string;
  kind: 'course' | 'vacancy';
  /** The course's or vacancy's own id (for the saved list). */
  targetId: string;
  /** What its public page is found by: a course's slug, a vacancy's id. */
  key: string;
  title: string;
  /** Who runs it, when known (a course's provider). */
  by: string | null;
  href: string;
};

const COURSE_SLUG = /^[a-z0-9-]{1,120}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The public page that lists a shortlist (for its QR code and text): the items are in the address, nothing else. */
export function shortlistPagePath(items: readonly Pick<ShortlistItem, 'kind' | 'key'>[]): string {
  const params = new URLSearchParams();
  const courses = items.filter((item) => item.kind === 'course').map((item) => item.key);
  const vacancies = items.filter((item) => item.kind === 'vacancy').map((item) => item.key);
  if (courses.length > 0) params.set('c', courses.join(','));
  if (vacancies.length > 0) params.set('v', vacancies.join(','));
  const query = params.toString();
  return query ? `/shortlist?${query}` : '/shortlist';
}

/** Reads that page's address back, keeping only well-formed keys, at most SHORTLIST_MAX of them. */
export function shortlistFromQuery(query: { c?: string | string[]; v?: string | string[] }): { courseSlugs: string[]; vacancyIds: string[] } {
  const list = (value: string | string[] | undefined) => (typeof value === 'string' ? value.split(',') : []);
  const courseSlugs = [...new Set(list(query.c).filter((slug) => COURSE_SLUG.test(slug)))].slice(0, SHORTLIST_MAX);
  const vacancyIds = [...new Set(list(query.v).filter((id) => UUID.test(id)))].slice(0, SHORTLIST_MAX - courseSlugs.length);
  return { courseSlugs, vacancyIds };
}

/** One link per item for the hand-over step, named by the item's title (what the young person will recognise). */
export function shortlistLinks(items: readonly Pick<ShortlistItem, 'title' | 'href'>[]): StepLink[] {
  return items.map((item) => ({ label: item.title.length > 80 ? `${item.title.slice(0, 79)}…` : item.title, href: item.href }));
}
