'use server';

import { notFound, redirect } from 'next/navigation';
import { removeStory } from '@/db/queries/stories';
import { requireProviderStaff } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { mediaStorage } from '@/lib/media/storage';
import { saveStoryFromForm } from '@/lib/stories/save';
import type { StorySubject } from '@/lib/stories/schemas';

/** "provider" or "course:<id>" from the form; the query checks the course is the provider's own. */
function providerSubject(value: string): StorySubject | null {
  if (value === 'provider') return { kind: 'provider' };
  const courseId = value.startsWith('course:') ? value.slice('course:'.length) : '';
  return isRecordId(courseId) ? { kind: 'course', courseId } : null;
}

/** Provider staff only: add an insider story about their provider or one of its courses. Live at once, logged. */
export async function addProviderStoryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/stories');
  const result = await saveStoryFromForm({ actorId: user.id, formData, subjectFrom: providerSubject });
  if ('state' in result) return result.state;
  redirect('/provider/stories?saved=added');
}

/** Provider staff only: remove one of their stories and its recording. Logged. */
export async function removeProviderStoryAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/stories');
  const storyId = formData.get('storyId');
  if (!isRecordId(storyId)) notFound();
  const removed = await removeStory({ actorId: user.id, storyId });
  if (!removed) notFound();
  await mediaStorage().delete(removed.storageKey);
  redirect('/provider/stories?saved=removed');
}
