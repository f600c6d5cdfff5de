import { MEDIA_CONTENT_SECURITY_POLICY } from '@/lib/security/headers';
import { extensionFor, type MediaKind } from './rules';

/**
 * Response headers for media bytes. The type is the one we checked and stored; nosniff stops the browser
 * guessing another; the sandbox CSP means that even opened on its own, nothing in it can run as this site.
 */
export function mediaResponseHeaders({
  contentType,
  byteSize,
  kind,
  isDownload,
}: {
  contentType: string;
  byteSize: number;
  kind: MediaKind;
  isDownload: boolean;
}): Record<string, string> {
  const filename = `${kind}.${extensionFor(contentType)}`;
  return {
    'Content-Type': contentType,
    'Content-Length': String(byteSize),
    'Content-Disposition': `${isDownload ? 'attachment' : 'inline'}; filename="${filename}"`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Private to the person (or the share link): never kept by shared caches.
    'Cache-Control': 'private, no-store',
  };
}

export type ByteRange = { start: number; end: number };

/**
 * One "bytes=start-end" range from a Range header (what Safari asks for before playing sound or video).
 * null: no usable range, send everything; 'unsatisfiable': the range is outside the file.
 */
export function parseByteRange(header: string | null, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** Whether a non-GET request came from this site's own pages (route handlers have no CSRF check of their own). */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (!origin) return false;
  return origin === new URL(request.url).origin;
}

/** A full or partial media response. */
export function mediaResponse({
  bytes,
  contentType,
  kind,
  isDownload,
  rangeHeader,
}: {
  bytes: Uint8Array;
  contentType: string;
  kind: MediaKind;
  isDownload: boolean;
  rangeHeader: string | null;
}): Response {
  const headers = mediaResponseHeaders({ contentType, byteSize: bytes.byteLength, kind, isDownload });
  const range = parseByteRange(rangeHeader, bytes.byteLength);
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Length': '0', 'Content-Range': `bytes */${bytes.byteLength}` } });
  }
  if (range) {
    const part = bytes.slice(range.start, range.end + 1);
    return new Response(part, {
      status: 206,
      headers: {
        ...headers,
        'Accept-Ranges': 'bytes',
        'Content-Length': String(part.byteLength),
        'Content-Range': `bytes ${range.start}-${range.end}/${bytes.byteLength}`,
      },
    });
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: { ...headers, 'Accept-Ranges': 'bytes' } });
}
