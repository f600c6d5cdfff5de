'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getAreaSettings } from '@/db/queries/area-settings';
import { setVacancySaved } from '@/db/queries/saved';
import { requireYoungPerson } from '@/lib/auth/session';
import { isVacancyId, vacancyHref } from '@/lib/vacancies/search';
import { toWageAge } from '@/lib/vacancies/wages';

const saveSchema = z.object({
  id: z.string().refine(isVacancyId),
  save: z.enum(['yes', 'no']),
  // The age and postcode the page was showing, so it looks the same afterwards.
  age: z.unknown().optional().transform((value) => toWageAge(value)),
  postcode: z.string().trim().max(10).optional().catch(undefined),
});

/** Young people only: save or un-save a vacancy in their own area. Works as a plain form post. */
export async function saveVacancyAction(formData: FormData): Promise<void> {
  const id = String(formData.get('id') ?? '');
  const user = await requireYoungPerson(isVacancyId(id) ? `/vacancies/${id}` : '/vacancies');
  const parsed = saveSchema.safeParse({
    id,
    save: formData.get('save'),
    age: formData.get('age') ?? undefined,
    postcode: formData.get('postcode') ?? undefined,
  });
  if (!parsed.success) notFound();
  const { save, age, postcode } = parsed.data;
  const isDone = await setVacancySaved({
    actorId: user.id,
    vacancyId: parsed.data.id,
    isSaved: save === 'yes',
    now: new Date(),
    rules: (await getAreaSettings({ laId: user.laId })).freshness,
  });
  if (!isDone) notFound();
  revalidatePath(`/vacancies/${parsed.data.id}`);
  const href = vacancyHref(parsed.data.id, { age, postcode: postcode || undefined });
  // `saved` tells the page to put the focus back on the Save button (1 also shows "Saved"); #save scrolls to it.
  redirect(`${href}${href.includes('?') ? '&' : '?'}saved=${save === 'yes' ? '1' : '0'}#save`);
}
