'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { deleteOwnSavedSearch } from '@/db/queries/saved-searches';
import { requireYoungPerson } from '@/lib/auth/session';

const deleteSchema = z.object({ id: z.uuid() });

/** Young people only: deletes one of their own saved searches (no more alerts for it). */
export async function deleteSavedSearchAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/my/searches');
  const parsed = deleteSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) notFound();
  if (!(await deleteOwnSavedSearch({ actorId: user.id, id: parsed.data.id }))) notFound();
  redirect('/my/searches?deleted=1');
}
