'use server';

import { redirect } from 'next/navigation';
import { createOwnSavedSearch } from '@/db/queries/saved-searches';
import { requireYoungPerson } from '@/lib/auth/session';
import { describeVacancySearch, filtersFromSavedQuery, savedSearchQuery } from '@/lib/vacancies/saved-search';
import { vacancySearchHref } from '@/lib/vacancies/search';

/** Young people only: saves the search they are looking at, with a daily alert for new matches. */
export async function saveSearchAction(formData: FormData): Promise<void> {
  // The query is read leniently, like the search page reads its address: unknown filters are dropped.
  const filters = filtersFromSavedQuery(String(formData.get('query') ?? '').slice(0, 500));
  const query = savedSearchQuery(filters);
  const user = await requireYoungPerson(vacancySearchHref(filters));
  if (!query) redirect('/vacancies');
  const isSaved = await createOwnSavedSearch({ actorId: user.id, name: describeVacancySearch(filters), query });
  redirect(isSaved ? '/my/searches?saved=1' : '/my/searches?full=1');
}
