import type { MediaKind } from '@/lib/media/rules';

export type MediaViewProps = {
  src: string;
  kind: MediaKind;
  contentType: string;
  width: number | null;
  height: number | null;
  transcript: string;
  /** Their adviser's name when the adviser wrote the transcript, so readers know whose words they are. */
  transcriptWriter?: string | null;
  /** Describes a photo for people who cannot see it (the item's title). */
  alt: string;
  /** "Save my data": a photo waits for a tap, and nothing is fetched before Play (decision 017). */
  isSavingData?: boolean;
};

/**
 * A CV item's photo, sound or video, with its transcript or captions written out underneath so it can be
 * read as well as heard. Plain browser controls: keyboard and screen reader support come with them.
 */
export function MediaView({ src, kind, contentType, width, height, transcript, transcriptWriter = null, alt, isSavingData = false }: MediaViewProps) {
  const preload = isSavingData ? 'none' : 'metadata';
  // eslint-disable-next-line @next/next/no-img-element -- private media: next/image would cache it on the server
  const photo = <img src={src} alt={alt} width={width ?? undefined} height={height ?? undefined} loading={isSavingData ? 'lazy' : undefined} className="h-auto max-h-96 w-auto max-w-full border border-line" />;
  return (
    <figure className="mt-3 flex flex-col gap-2">
      {kind === 'photo' && isSavingData ? (
        // A lazy image in a closed <details> is not fetched until it is opened: tap to load, with no JavaScript.
        <details data-photo-placeholder>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold underline">Show the photo: {alt}</summary>
          {photo}
        </details>
      ) : kind === 'photo' ? (
        photo
      ) : kind === 'audio' ? (
        <audio controls preload={preload} className="w-full max-w-md">
          <source src={src} type={contentType} />
        </audio>
      ) : (
        <video controls preload={preload} playsInline className="h-auto max-h-96 w-full max-w-md bg-ink">
          <source src={src} type={contentType} />
        </video>
      )}
      {kind !== 'photo' && transcript ? (
        <figcaption>
          <span className="font-bold">{kind === 'audio' ? 'What I say: ' : 'Captions: '}</span>
          <span className="whitespace-pre-line">{transcript}</span>
          {transcriptWriter ? <span className="block text-muted">Written by {transcriptWriter}, adviser.</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
