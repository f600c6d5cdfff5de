/*
 * WebVTT captions for story videos (and sound, where a provider has them). We check the shape a browser
 * needs: the WEBVTT header, then cues with "start --> end" times that run forwards. Cue text is shown by
 * the browser as captions, never as HTML, so it needs no cleaning; we only refuse files that are not captions.
 */

export const CAPTIONS_MAX_BYTES = 200 * 1024;

export type CaptionsCheck = { isValid: true; captions: string } | { isValid: false; message: string };

const TIME = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

/** Seconds from a WebVTT timestamp ("01:02.500" or "00:01:02.500"), or null when it is not one. */
export function parseCueTime(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', millis = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

/** Checks and tidies a captions file's text (line endings, a byte-order mark). */
export function checkCaptions(raw: string): CaptionsCheck {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n|$)/.test(text)) {
    return { isValid: false, message: 'The captions file must be a WebVTT file that starts with WEBVTT' };
  }
  if (text.includes('\u0000')) return { isValid: false, message: 'The captions file is not a text file' };
  let cues = 0;
  let lastStart = -1;
  for (const line of text.split('\n')) {
    if (!line.includes('-->')) continue;
    const [startText = '', rest = ''] = line.split('-->');
    const start = parseCueTime(startText);
    const end = parseCueTime(rest.trim().split(/\s+/)[0] ?? '');
    if (start === null || end === null || end <= start) {
      return { isValid: false, message: `The captions file has a time that does not work: "${line.trim().slice(0, 60)}"` };
    }
    if (start < lastStart) return { isValid: false, message: 'The captions in the file must be in time order' };
    lastStart = start;
    cues += 1;
  }
  if (cues === 0) return { isValid: false, message: 'The captions file has no captions in it' };
  return { isValid: true, captions: text.endsWith('\n') ? text : `${text}\n` };
}
