import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { ManagedStoryList } from '@/components/stories/managed-story-list';
import { StoryForm } from '@/components/stories/story-form';
import { getOwnProvider } from '@/db/queries/provider-content';
import { listOwnCoursesForStories, listOwnProviderStories } from '@/db/queries/stories';
import { requireProviderStaff } from '@/lib/auth/session';
import { addProviderStoryAction, removeProviderStoryAction } from './actions';

export const metadata: Metadata = { title: 'Students’ stories' };

const SAVED_MESSAGES: Record<string, string> = {
  added: 'Story added. Young people can hear it now.',
  removed: 'Story removed.',
};

type Props = { searchParams: Promise<{ saved?: string }> };

/** Provider staff: insider stories from their students, in their own voice, on course and provider pages. */
export default async function ProviderStoriesPage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/stories');
  const [provider, stories, courses, query] = await Promise.all([
    getOwnProvider({ actorId: user.id }),
    listOwnProviderStories({ actorId: user.id }),
    listOwnCoursesForStories({ actorId: user.id }),
    searchParams,
  ]);
  if (!provider) notFound();
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Students’ stories</h1>
      <p className="mt-2">
        A short recording of a student talking about their course helps young people picture themselves there. Stories show on
        your course pages and your provider page.
      </p>
      <SavedNote message={SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      <h2 className="mt-8 text-2xl font-bold">Your stories</h2>
      <ManagedStoryList
        stories={stories}
        describeSubject={(story) => story.courseTitle ?? `${provider.name} as a whole`}
        removeAction={removeProviderStoryAction}
      />
      <h2 className="mt-10 mb-4 text-2xl font-bold">Add a story</h2>
      <StoryForm
        action={addProviderStoryAction}
        subjectLabel="What is the story about?"
        subjects={[
          { value: 'provider', label: `${provider.name} as a whole` },
          ...courses.map((course) => ({ value: `course:${course.id}`, label: course.title })),
        ]}
      />
    </div>
  );
}
