'use server';

import { notFound, redirect } from 'next/navigation';
import { removeStory } from '@/db/queries/stories';
import { requireLaAdmin } from '@/lib/auth/session';
import { findKindOfWork } from '@/lib/explore/work';
import type { FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { mediaStorage } from '@/lib/media/storage';
import { saveStoryFromForm } from '@/lib/stories/save';
import type { StorySubject } from '@/lib/stories/schemas';

/** "work:<slug>" from the form, for a kind of work that exists in Explore. */
function workSubject(value: string): StorySubject | null {
  const kind = value.startsWith('work:') ? findKindOfWork(value.slice('work:'.length)) : null;
  return kind ? { kind: 'work', slug: kind.slug } : null;
}

/** Council staff only: add a young person's story to a kind of work in Explore. Live at once, logged. */
export async function addWorkStoryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/stories');
  const result = await saveStoryFromForm({ actorId: user.id, formData, subjectFrom: workSubject });
  if ('state' in result) return result.state;
  redirect('/admin/stories?saved=added');
}

/** Council staff only: remove a story in their area and its recording. Logged. */
export async function removeWorkStoryAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/stories');
  const storyId = formData.get('storyId');
  if (!isRecordId(storyId)) notFound();
  const removed = await removeStory({ actorId: user.id, storyId });
  if (!removed) notFound();
  await mediaStorage().delete(removed.storageKey);
  redirect('/admin/stories?saved=removed');
}
