import { hasAnyFilter, parseVacancySearch, type VacancyFilters, vacancySearchHref } from './search';
import { HOURS_WORDS, VACANCY_TYPE_WORDS } from './words';

/*
 * A saved search is kept as the query of its /vacancies address, so it runs exactly like the search the
 * person saw, and an old saved search with a filter we no longer know still runs (the filter is ignored).
 */

/** The query to keep for a search: what it asks for, without the page, the order or the age (not a filter). */
export function savedSearchQuery(filters: VacancyFilters): string | null {
  if (!hasAnyFilter(filters)) return null;
  const href = vacancySearchHref({ ...filters, page: 1, sort: 'best', age: undefined });
  return href.split('?')[1] ?? null;
}

/** The filters of a kept query. */
export function filtersFromSavedQuery(query: string): VacancyFilters {
  return parseVacancySearch(Object.fromEntries(new URLSearchParams(query)));
}

/** The search's results page. */
export function savedSearchHref(query: string): string {
  return `/vacancies?${query}`;
}

/** A short name for a saved search, from what it asks for: "“care”, apprenticeships, near HX1". */
export function describeVacancySearch(filters: VacancyFilters, names: { area?: string; kind?: string } = {}): string {
  const parts = [
    filters.q ? `“${filters.q}”` : null,
    filters.type ? VACANCY_TYPE_WORDS[filters.type].many : null,
    filters.kind ? (names.kind ?? filters.kind.replace(/-/g, ' ')) : filters.area ? (names.area ?? filters.area.replace(/-/g, ' ')) : null,
    filters.hours ? HOURS_WORDS[filters.hours].toLowerCase() : null,
    filters.noExperience ? 'no experience needed' : null,
    filters.noQualifications ? 'no qualifications needed' : null,
    filters.closingSoon ? 'closing soon' : null,
    filters.postcode ? `within ${filters.distance} miles of ${filters.postcode.toUpperCase()}` : null,
  ].filter((part) => part !== null);
  const text = parts.join(', ') || 'All jobs and training';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
