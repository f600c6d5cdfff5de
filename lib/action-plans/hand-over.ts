import type { StepLink } from './status';

/**
 * The link a present-mode hand-over puts on the young person's plan, with words that say what it opens.
 * A search is kept as the search (new results show up when they look again).
 */
export function handOverLinkFor(path: string): StepLink {
  const [pathname = '/', search = ''] = path.split('?');
  const isSearch = search.length > 0;
  if (pathname === '/courses') return { label: isSearch ? 'The courses we found' : 'Courses', href: path };
  if (pathname.startsWith('/courses/')) return { label: 'The course we looked at', href: path };
  if (pathname === '/vacancies') return { label: isSearch ? 'The jobs and training we found' : 'Jobs and training', href: path };
  if (pathname.startsWith('/vacancies/')) return { label: 'The job we looked at', href: path };
  if (pathname.startsWith('/explore')) return { label: 'The work you might like', href: path };
  return { label: 'The page we looked at', href: path };
}

/** A week from a UK day ("2026-12-02" → "2026-12-09"): time to look, with a text the day before. */
export function weekAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 7, 12)).toISOString().slice(0, 10);
}
