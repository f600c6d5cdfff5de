'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { createSavedSearchForYoungPerson } from '@/db/queries/saved-searches';
import { requireAdviser } from '@/lib/auth/session';
import { fieldErrorsFrom, type FormState, formValues } from '@/lib/forms/form-state';
import { describeVacancySearch, savedSearchQuery } from '@/lib/vacancies/saved-search';
import { adviserSavedSearchSchema } from '@/lib/vacancies/schemas';
import { parseVacancySearch } from '@/lib/vacancies/search';

/**
 * Advisers only: saves a job search for a young person on their own caseload (it shows in the young person's
 * list as from their adviser, with daily alerts). Anyone else's young person is not found.
 */
export async function saveSearchForYoungPersonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireAdviser('/adviser');
  const values = formValues(formData, ['youngPersonId', 'q', 'type']);
  const parsed = adviserSavedSearchSchema.safeParse(values);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === 'youngPersonId')) notFound();
    return { fieldErrors: fieldErrorsFrom(parsed.error), values };
  }
  const filters = parseVacancySearch({ q: parsed.data.q, type: parsed.data.type });
  const query = savedSearchQuery(filters);
  if (!query) return { fieldErrors: { q: 'Enter words to search for, or choose a kind of job' }, values };
  const saved = await createSavedSearchForYoungPerson({
    actorId: user.id,
    youngPersonId: parsed.data.youngPersonId,
    name: describeVacancySearch(filters),
    query,
    now: new Date(),
    config: (await getAreaSettings({ laId: user.laId })).privacy,
  });
  if (!saved) notFound();
  redirect(`/adviser/young-people/${parsed.data.youngPersonId}/save-search?saved=1`);
}
