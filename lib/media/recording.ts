import { describeSize, MEDIA_MAX_BYTES, RECORDING_MAX_SECONDS } from './rules';

export type RecordingKind = 'audio' | 'video';

/** Container types to ask MediaRecorder for, best first (Chrome and Firefox: WebM; Safari: MP4). */
export const RECORDING_TYPES: Record<RecordingKind, readonly string[]> = {
  audio: ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'],
  video: ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'],
};

/** "0:05", "2:30" for the recording timer. */
export function formatTimer(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** What to tell someone when the browser would not start recording, with a way forward. */
export function describeRecordingError(errorName: string, kind: RecordingKind): string {
  const device = kind === 'audio' ? 'microphone' : 'camera and microphone';
  switch (errorName) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `You did not allow the ${device}. To record, allow it in your browser settings and try again, or upload a file instead.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `We could not find a ${device} on this device. Upload a file instead.`;
    case 'NotReadableError':
    case 'AbortError':
      return `Another app is using the ${device}. Close it and try again, or upload a file instead.`;
    case 'NotSupportedError':
      return 'This browser cannot record here. Upload a file instead.';
    default:
      return 'Something went wrong when starting to record. Try again, or upload a file instead.';
  }
}

/** Checks a finished recording before it is sent: a clear message, or null when it is fine. */
export function checkRecording(kind: RecordingKind, byteSize: number): string | null {
  if (byteSize === 0) return 'The recording is empty. Try again, or upload a file instead.';
  if (byteSize > MEDIA_MAX_BYTES[kind]) {
    return `The recording is too big (the limit is ${describeSize(MEDIA_MAX_BYTES[kind])}). Record a shorter one, or upload a file instead.`;
  }
  return null;
}

export { RECORDING_MAX_SECONDS };
