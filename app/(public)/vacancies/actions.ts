'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getAreaSettings } from '@/db/queries/area-settings';
import { createOwnSavedSearch, createSavedSearchForYoungPerson } from '@/db/queries/saved-searches';
import { isPresenting } from '@/lib/auth/present';
import { requireAdviser, requireYoungPerson } from '@/lib/auth/session';
import { describeVacancySearch, filtersFromSavedQuery, savedSearchQuery } from '@/lib/vacancies/saved-search';
import { type VacancyFilters, vacancySearchHref } from '@/lib/vacancies/search';

/** The search the form was posted from, read leniently like the search page reads its address. */
function postedSearch(formData: FormData): { filters: VacancyFilters; query: string | null } {
  const filters = filtersFromSavedQuery(String(formData.get('query') ?? '').slice(0, 500));
  return { filters, query: savedSearchQuery(filters) || null };
}

/** Young people only: saves the search they are looking at, with a daily alert for new matches. */
export async function saveSearchAction(formData: FormData): Promise<void> {
  const { filters, query } = postedSearch(formData);
  const user = await requireYoungPerson(vacancySearchHref(filters));
  if (!query) redirect('/vacancies');
  const isSaved = await createOwnSavedSearch({ actorId: user.id, name: describeVacancySearch(filters), query });
  redirect(isSaved ? '/my/searches?saved=1' : '/my/searches?full=1');
}

/**
 * Advisers only, not while presenting: saves the search on screen, every filter of it, for a young person
 * on their own caseload. Back to the same results, which say who it was saved for. Anyone else: not found.
 */
export async function saveSearchForCaseloadAction(formData: FormData): Promise<void> {
  const { filters, query } = postedSearch(formData);
  const href = vacancySearchHref(filters);
  const user = await requireAdviser(href);
  const youngPersonId = z.uuid().safeParse(formData.get('youngPersonId'));
  if (!query || !youngPersonId.success || (await isPresenting())) notFound();
  const saved = await createSavedSearchForYoungPerson({
    actorId: user.id,
    youngPersonId: youngPersonId.data,
    name: describeVacancySearch(filters),
    query,
    now: new Date(),
    config: (await getAreaSettings({ laId: user.laId })).privacy,
  });
  if (!saved) notFound();
  redirect(`${href}${href.includes('?') ? '&' : '?'}savedFor=${youngPersonId.data}#save-search`);
}
