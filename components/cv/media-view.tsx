import type { MediaKind } from '@/lib/media/rules';

export type MediaViewProps = {
  src: string;
  kind: MediaKind;
  contentType: string;
  width: number | null;
  height: number | null;
  transcript: string;
  /** Describes a photo for people who cannot see it (the item's title). */
  alt: string;
};

/**
 * A CV item's photo, sound or video, with its transcript or captions written out underneath so it can be
 * read as well as heard. Plain browser controls: keyboard and screen reader support come with them.
 */
export function MediaView({ src, kind, contentType, width, height, transcript, alt }: MediaViewProps) {
  return (
    <figure className="mt-3 flex flex-col gap-2">
      {kind === 'photo' ? (
        // eslint-disable-next-line @next/next/no-img-element -- private media: next/image would cache it on the server
        <img src={src} alt={alt} width={width ?? undefined} height={height ?? undefined} className="h-auto max-h-96 w-auto max-w-full border border-line" />
      ) : kind === 'audio' ? (
        <audio controls preload="metadata" className="w-full max-w-md">
          <source src={src} type={contentType} />
        </audio>
      ) : (
        <video controls preload="metadata" playsInline className="h-auto max-h-96 w-full max-w-md bg-ink">
          <source src={src} type={contentType} />
        </video>
      )}
      {kind !== 'photo' && transcript ? (
        <figcaption>
          <span className="font-bold">{kind === 'audio' ? 'What I say: ' : 'Captions: '}</span>
          <span className="whitespace-pre-line">{transcript}</span>
        </figcaption>
      ) : null}
    </figure>
  );
}
