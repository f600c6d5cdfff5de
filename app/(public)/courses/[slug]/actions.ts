'use server';

import { notFound, redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setCourseSaved } from '@/db/queries/saved';
import { requireYoungPerson } from '@/lib/auth/session';

const saveSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/), save: z.enum(['yes', 'no']) });

/** Young people only: save or un-save a course in their own area. Works as a plain form post. */
export async function saveCourseAction(formData: FormData): Promise<void> {
  const slug = String(formData.get('slug') ?? '');
  const user = await requireYoungPerson(`/courses/${encodeURIComponent(slug)}`);
  const parsed = saveSchema.safeParse({ slug, save: formData.get('save') });
  if (!parsed.success) notFound();
  const isDone = await setCourseSaved({ actorId: user.id, courseSlug: parsed.data.slug, isSaved: parsed.data.save === 'yes' });
  if (!isDone) notFound();
  revalidatePath(`/courses/${parsed.data.slug}`);
  // `saved` tells the page to put the focus back on the Save button (1 also shows "Saved"); #save scrolls to it.
  redirect(`/courses/${parsed.data.slug}?saved=${parsed.data.save === 'yes' ? '1' : '0'}#save`);
}
