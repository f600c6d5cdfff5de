import type { ManagedStory } from '@/db/queries/stories';
import { buttonClasses } from '@/components/ui/button-styles';

/** Staff's list of the stories they look after, each with what it is about and a way to remove it. */
export function ManagedStoryList({
  stories,
  describeSubject,
  removeAction,
}: {
  stories: ManagedStory[];
  describeSubject: (story: ManagedStory) => string;
  removeAction: (formData: FormData) => Promise<void>;
}) {
  if (stories.length === 0) return <p className="mt-2">There are no stories yet.</p>;
  return (
    <ul aria-label="Stories" className="mt-2 flex flex-col gap-3">
      {stories.map((story) => (
        <li key={story.id} className="flex flex-col gap-2 border-l-4 border-brand bg-paper p-4">
          <p className="text-xl font-bold">{story.tellerName}’s story</p>
          <p>
            About: {describeSubject(story)}. {story.clipKind === 'video' ? 'Video' : 'Sound'}
            {story.hasCaptions ? ' with captions' : ''}.
          </p>
          <p className="line-clamp-2 text-muted">“{story.transcript}”</p>
          <form action={removeAction}>
            <input type="hidden" name="storyId" value={story.id} />
            <button type="submit" className={buttonClasses('secondary')}>
              Remove {story.tellerName}’s story
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
