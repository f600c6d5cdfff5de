/**
 * A recording of the whole page. It plays by itself (a native player, so it works without JavaScript too),
 * and "Listen to this page" plays it instead of the browser's voice, highlighting each sentence as it is heard
 * (components/read-aloud/speech.ts). `starts` says when each of the page's sentences starts, in seconds.
 * Left out of what read-aloud reads, so the page's sentences still line up with the recording.
 */
export function PageRecording({ sources, starts, label }: { sources: { src: string; type: string }[]; starts: number[]; label: string }) {
  return (
    <section aria-labelledby="page-recording-heading" data-read-aloud="skip" className="flex flex-col gap-2 border-l-4 border-brand bg-paper p-4">
      <h2 id="page-recording-heading" className="text-xl font-bold">
        Hear this page
      </h2>
      <p>This is a recording of the page. The voice is made by a computer.</p>
      <audio controls preload="none" aria-label={label} data-page-recording="" data-starts={JSON.stringify(starts)} className="w-full max-w-md">
        {sources.map((source) => (
          <source key={source.src} src={source.src} type={source.type} />
        ))}
      </audio>
    </section>
  );
}
