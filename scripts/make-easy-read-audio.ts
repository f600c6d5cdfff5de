/**
 * Makes the easy read pages' recordings (public/audio/easy-read/<slug>.ogg and .m4a) and their sentence times
 * (lib/easy-read/recordings.ts) from the pages' own words, one sentence at a time, with a computer voice.
 * Needs espeak-ng and ffmpeg (Debian: apt-get install espeak-ng ffmpeg). Not run by the app or the tests: the
 * recordings are committed. Run it again after changing an explainer's words (a unit test fails until you do):
 *   node --import tsx scripts/make-easy-read-audio.ts
 * A recording by a real person can replace a file later; its sentence times then need writing down by hand.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPLAINERS } from '../lib/easy-read/explainers';
import { explainerScript } from '../lib/easy-read/script';

const root = join(import.meta.dirname, '..');
const out = join(root, 'public', 'audio', 'easy-read');
const work = mkdtempSync(join(tmpdir(), 'easy-read-audio-'));
const GAP_SECONDS = 0.35;

const recordings: Record<string, { starts: number[] }> = {};
try {
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `anullsrc=r=22050:cl=mono`, '-t', String(GAP_SECONDS), join(work, 'gap.wav')]);
  for (const explainer of EXPLAINERS) {
    const starts: number[] = [];
    const files: string[] = [];
    let time = 0;
    explainerScript(explainer).forEach((sentence, index) => {
      const wav = join(work, `${explainer.slug}-${index}.wav`);
      execFileSync('espeak-ng', ['-v', 'en-gb+f3', '-s', '140', sentence, '-w', wav]);
      const length = Number(
        execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', wav]).toString().trim(),
      );
      starts.push(Math.round(time * 100) / 100);
      time += length + GAP_SECONDS;
      files.push(wav, join(work, 'gap.wav'));
    });
    const list = join(work, `${explainer.slug}.txt`);
    writeFileSync(list, files.map((file) => `file '${file}'\n`).join(''));
    const joined = join(work, `${explainer.slug}.wav`);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-ar', '22050', '-ac', '1', joined]);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', joined, '-c:a', 'libopus', '-b:a', '20k', join(out, `${explainer.slug}.ogg`)]);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', joined, '-c:a', 'aac', '-b:a', '32k', join(out, `${explainer.slug}.m4a`)]);
    recordings[explainer.slug] = { starts };
    console.log(`${explainer.slug}: ${starts.length} sentences, ${time.toFixed(1)} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const body = Object.entries(recordings)
  .map(([slug, { starts }]) => `  '${slug}': { starts: [${starts.join(', ')}] },`)
  .join('\n');
writeFileSync(
  join(root, 'lib', 'easy-read', 'recordings.ts'),
  `// Made by scripts/make-easy-read-audio.ts: do not edit by hand. Each easy read page's recording, and when each\n` +
    `// of its sentences (lib/easy-read/script.ts) starts, in seconds. The voice is a computer's (espeak-ng).\n` +
    `export const EXPLAINER_RECORDINGS: Record<string, { starts: number[] }> = {\n${body}\n};\n\n` +
    `export const explainerRecordingSources = (slug: string) => [\n` +
    `  { src: \`/audio/easy-read/\${slug}.ogg\`, type: 'audio/ogg; codecs=opus' },\n` +
    `  { src: \`/audio/easy-read/\${slug}.m4a\`, type: 'audio/mp4' },\n];\n`,
);
