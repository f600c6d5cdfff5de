import type { Metadata } from 'next';
import Link from 'next/link';
import { SavedNote } from '@/components/manage/checked-form';
import { ManagedStoryList } from '@/components/stories/managed-story-list';
import { StoryForm } from '@/components/stories/story-form';
import { listAreaWorkStories } from '@/db/queries/stories';
import { requireLaAdmin } from '@/lib/auth/session';
import { findKindOfWork, KINDS_OF_WORK } from '@/lib/explore/work';
import { addWorkStoryAction, removeWorkStoryAction } from './actions';

export const metadata: Metadata = { title: 'Stories for Explore' };

const SAVED_MESSAGES: Record<string, string> = {
  added: 'Story added. Young people can hear it in Explore now.',
  removed: 'Story removed.',
};

type Props = { searchParams: Promise<{ saved?: string }> };

/** Council staff: young people's recorded stories for the kinds of work in Explore (replacing the written examples). */
export default async function AdminStoriesPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/stories');
  const [stories, query] = await Promise.all([listAreaWorkStories({ actorId: user.id }), searchParams]);
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/admin" className="inline-flex min-h-11 items-center">
          Back to council home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Stories for Explore</h1>
      <p className="mt-2">
        Each kind of work in Explore has a written example story. Add a real young person’s recording, and it shows instead, in
        your area only.
      </p>
      <SavedNote message={SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      <h2 className="mt-8 text-2xl font-bold">Your area’s stories</h2>
      <ManagedStoryList
        stories={stories}
        describeSubject={(story) => findKindOfWork(story.kindOfWork ?? '')?.name ?? 'a kind of work'}
        removeAction={removeWorkStoryAction}
      />
      <h2 className="mt-10 mb-4 text-2xl font-bold">Add a story</h2>
      <StoryForm
        action={addWorkStoryAction}
        subjectLabel="Which kind of work is it about?"
        subjects={KINDS_OF_WORK.map((kind) => ({ value: `work:${kind.slug}`, label: kind.name }))}
      />
    </div>
  );
}
