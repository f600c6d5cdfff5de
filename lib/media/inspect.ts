import { fileTypeFromBuffer } from 'file-type';
import { checkMedia, type MediaCheck, type MediaKind } from './rules';

/** The MIME type read from a file's first bytes (its "magic number"), or null when it matches nothing known. */
export async function detectMediaType(bytes: Uint8Array): Promise<string | null> {
  if (bytes.byteLength === 0) return null;
  const result = await fileTypeFromBuffer(bytes);
  return result?.mime ?? null;
}

/** Checks an upload against the rules for its kind, reading its real type from the bytes. */
export async function inspectMedia({ kind, bytes }: { kind: MediaKind; bytes: Uint8Array }): Promise<MediaCheck> {
  return checkMedia({ kind, byteSize: bytes.byteLength, detectedType: await detectMediaType(bytes) });
}
