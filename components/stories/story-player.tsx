import type { PublicStory } from '@/db/queries/stories';

/**
 * A young person's story: their recording (sound, or video with captions) and every word written out, so
 * it can be heard, watched or read. Nothing downloads until play is pressed (preload="none"), to save data.
 */
export function StoryPlayer({ story, about }: { story: PublicStory; about?: string }) {
  const src = `/api/stories/${story.id}/media`;
  const captions = story.hasCaptions ? (
    <track kind="captions" src={`/api/stories/${story.id}/captions`} srcLang="en" label="English" default />
  ) : null;
  const teller = story.tellerAge ? `${story.tellerName}, ${story.tellerAge}` : story.tellerName;
  const label = `${story.tellerName}’s story`;
  return (
    <figure className="flex max-w-prose flex-col gap-3 border-l-4 border-brand bg-paper p-4">
      {story.clip.kind === 'video' ? (
        <video controls preload="none" playsInline src={src} aria-label={label} className="aspect-video w-full bg-ink">
          {captions}
        </video>
      ) : (
        <audio controls preload="none" src={src} aria-label={label} className="w-full">
          {captions}
        </audio>
      )}
      <blockquote>
        <p className="whitespace-pre-line text-lg">“{story.transcript}”</p>
      </blockquote>
      <figcaption className="text-base text-muted">
        {teller}
        {about ? `, ${about}` : ''}
        {story.clip.kind === 'video' ? '. The video has captions.' : '. These are the words of the recording.'}
      </figcaption>
    </figure>
  );
}
