'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { deleteExploreResult } from '@/db/queries/explore';
import { requireYoungPerson } from '@/lib/auth/session';
import { exploreResultIdSchema } from '@/lib/explore/schemas';

/** Young people only: removes one of their own saved Explore results. Works as a plain form post. */
export async function removeExploreResultAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/my');
  const parsed = exploreResultIdSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) notFound();
  const isRemoved = await deleteExploreResult({ actorId: user.id, resultId: parsed.data.id });
  if (!isRemoved) notFound();
  revalidatePath('/my');
  redirect('/my');
}
