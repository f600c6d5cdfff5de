/**
 * What a young person may upload, per kind of media: how big, and which real types (read from the file's
 * bytes, never its name). Pure, so the browser can warn early and the server decides.
 */
export type MediaKind = 'photo' | 'audio' | 'video';

export const MEDIA_KINDS: readonly MediaKind[] = ['photo', 'audio', 'video'];

const MB = 1024 * 1024;

/** Big enough for a phone photo or a few minutes of voice; a short video (about a minute) on a phone. */
export const MEDIA_MAX_BYTES: Record<MediaKind, number> = {
  photo: 15 * MB,
  audio: 20 * MB,
  video: 60 * MB,
};

/** The largest upload of any kind: a request bigger than this is refused before it is read. */
export const MEDIA_MAX_REQUEST_BYTES = Math.max(...Object.values(MEDIA_MAX_BYTES)) + MB;

/** Longest recording the browser recorder allows, in seconds. */
export const RECORDING_MAX_SECONDS: Record<Exclude<MediaKind, 'photo'>, number> = { audio: 180, video: 60 };

/**
 * Real types (as detected from the bytes) accepted for each kind, and the type they are stored and served
 * as. WebM and Matroska have one signature for sound-only and picture files, so a voice note recorded by
 * Chrome is detected as video/webm and stored as audio/webm. Photos are re-encoded to JPEG, whatever came in.
 */
const ACCEPTED: Record<MediaKind, Record<string, string>> = {
  photo: {
    'image/jpeg': 'image/jpeg',
    'image/png': 'image/jpeg',
    'image/webp': 'image/jpeg',
    'image/gif': 'image/jpeg',
    'image/avif': 'image/jpeg',
    'image/tiff': 'image/jpeg',
  },
  audio: {
    'audio/webm': 'audio/webm',
    'video/webm': 'audio/webm',
    'audio/ogg': 'audio/ogg',
    'audio/opus': 'audio/ogg',
    'audio/mpeg': 'audio/mpeg',
    'audio/mp4': 'audio/mp4',
    'audio/x-m4a': 'audio/mp4',
    'audio/aac': 'audio/aac',
    'audio/wav': 'audio/wav',
    'audio/x-wav': 'audio/wav',
    'audio/vnd.wave': 'audio/wav',
  },
  video: {
    'video/webm': 'video/webm',
    'video/mp4': 'video/mp4',
    'video/quicktime': 'video/quicktime',
    'video/x-matroska': 'video/webm',
  },
};

/** What the file picker offers (the server still checks the bytes). */
export const MEDIA_ACCEPT_ATTRIBUTE: Record<MediaKind, string> = {
  photo: 'image/jpeg,image/png,image/webp,image/gif,image/avif',
  audio: 'audio/*',
  video: 'video/*',
};

export type MediaProblem = 'empty' | 'too_big' | 'wrong_type';

export type MediaCheck =
  | { isAccepted: true; contentType: string }
  | { isAccepted: false; problem: MediaProblem; message: string };

const KIND_WORDS: Record<MediaKind, { one: string; examples: string }> = {
  photo: { one: 'photo', examples: 'a JPEG, PNG or WebP picture' },
  audio: { one: 'sound recording', examples: 'an MP3, M4A, WAV, OGG or WebM sound file' },
  video: { one: 'video', examples: 'an MP4, MOV or WebM video' },
};

/** "15 MB", for messages. */
export function describeSize(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

/** Whether a kind string from a form or request is one we know. */
export function isMediaKind(value: unknown): value is MediaKind {
  return typeof value === 'string' && (MEDIA_KINDS as readonly string[]).includes(value);
}

/**
 * The rule for one upload: not empty, not too big for its kind, and a real type we accept for that kind.
 * `detectedType` is the MIME type read from the bytes (null when the bytes match nothing we know).
 */
/** "audio/ogg" from "audio/ogg; codecs=opus". */
function baseType(mime: string): string {
  return mime.split(';')[0]!.trim().toLowerCase();
}

export function checkMedia({
  kind,
  byteSize,
  detectedType,
}: {
  kind: MediaKind;
  byteSize: number;
  detectedType: string | null;
}): MediaCheck {
  const words = KIND_WORDS[kind];
  if (byteSize <= 0) {
    return { isAccepted: false, problem: 'empty', message: `The ${words.one} is empty. Try again, or choose a different file.` };
  }
  if (byteSize > MEDIA_MAX_BYTES[kind]) {
    return {
      isAccepted: false,
      problem: 'too_big',
      message: `The ${words.one} is too big. It must be smaller than ${describeSize(MEDIA_MAX_BYTES[kind])}.`,
    };
  }
  // file-type can add parameters ("audio/ogg; codecs=opus"): the type is what comes before them.
  const contentType = detectedType ? ACCEPTED[kind][baseType(detectedType)] : undefined;
  if (!contentType) {
    return { isAccepted: false, problem: 'wrong_type', message: `That file is not a ${words.one} we can use. Choose ${words.examples}.` };
  }
  return { isAccepted: true, contentType };
}

/** File name extension for a stored content type, for Content-Disposition. */
export function extensionFor(contentType: string): string {
  const known: Record<string, string> = {
    'image/jpeg': 'jpg',
    'audio/webm': 'webm',
    'audio/ogg': 'ogg',
    'audio/mpeg': 'mp3',
    'audio/mp4': 'm4a',
    'audio/aac': 'aac',
    'audio/wav': 'wav',
    'video/webm': 'webm',
    'video/mp4': 'mp4',
    'video/quicktime': 'mov',
  };
  return known[contentType] ?? 'bin';
}

/** Every content type we ever store, so a download can refuse anything else. */
export function isServableContentType(contentType: string): boolean {
  return Object.values(ACCEPTED).some((types) => Object.values(types).includes(contentType));
}

/** Uploads per young person: plenty for building a CV, too few to fill the disk. Counted in the database. */
export const MEDIA_UPLOAD_LIMIT = { limit: 40, windowSeconds: 15 * 60 } as const;

/** For a file picked without saying what it is: the kind its real type belongs to (WebM counts as video). */
export function kindForDetectedType(detectedType: string | null): MediaKind | null {
  if (!detectedType) return null;
  if (detectedType === 'video/webm' || detectedType.startsWith('video/')) return 'video';
  if (detectedType.startsWith('audio/')) return 'audio';
  if (detectedType.startsWith('image/')) return 'photo';
  return null;
}
