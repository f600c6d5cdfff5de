// Made by scripts/make-easy-read-audio.ts: do not edit by hand. Each easy read page's recording, and when each
// of its sentences (lib/easy-read/script.ts) starts, in seconds. The voice is a computer's (espeak-ng).
export const EXPLAINER_RECORDINGS: Record<string, { starts: number[] }> = {
  'your-information': { starts: [0, 1.47, 4.35, 6.03, 11.04, 15.78, 20.46, 22.22, 25.5, 31.05, 35.9, 38.64, 41.65, 43.92, 49.04, 53.66, 55.52, 59.82, 62.84, 67.58] },
  'applying': { starts: [0, 1.47, 4, 6.69, 12.51, 17.53, 19.96, 21.99, 24.44, 29.38, 32.8, 36.03, 38.17, 41.91, 44.69, 49.53, 51.84, 55.55, 59.68, 61.49, 63.74, 66.11, 70.39, 74.16] },
  'your-adviser': { starts: [0, 1.47, 3.95, 6.55, 11.35, 15.92, 17.76, 23.06, 28.01, 31.6, 33.35, 37.36, 40.59, 46.19, 48.04, 53.25] },
};

export const explainerRecordingSources = (slug: string) => [
  { src: `/audio/easy-read/${slug}.ogg`, type: 'audio/ogg; codecs=opus' },
  { src: `/audio/easy-read/${slug}.m4a`, type: 'audio/mp4' },
];
