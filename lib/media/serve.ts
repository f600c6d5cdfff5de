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

/** Where the bytes of a media response come from: the size first, then only the bytes asked for. */
export type MediaSource = {
  size: number;
  read(range: ByteRange): Promise<ReadableStream<Uint8Array> | Uint8Array | null>;
};

/** The bytes of a whole file in memory as a MediaSource (tests, and files already read). */
export function bytesSource(bytes: Uint8Array): MediaSource {
  return { size: bytes.byteLength, read: async ({ start, end }) => bytes.slice(start, end + 1) };
}

/**
 * A full (200) or partial (206, with Content-Range) media response, or 416 for a range outside the file.
 * Only the bytes sent are read from storage. null when the file went missing between size and read.
 */
export async function mediaResponse({
  source,
  contentType,
  kind,
  isDownload,
  rangeHeader,
}: {
  source: MediaSource;
  contentType: string;
  kind: MediaKind;
  isDownload: boolean;
  rangeHeader: string | null;
}): Promise<Response | null> {
  const { size } = source;
  const headers = { ...mediaResponseHeaders({ contentType, byteSize: size, kind, isDownload }), 'Accept-Ranges': 'bytes' };
  const range = parseByteRange(rangeHeader, size);
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Length': '0', 'Content-Range': `bytes */${size}` } });
  }
  if (size === 0) return new Response(new Uint8Array(0), { status: 200, headers });
  const body = await source.read(range ?? { start: 0, end: size - 1 });
  if (!body) return null;
  const payload = body as ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
  if (!range) return new Response(payload, { status: 200, headers });
  return new Response(payload, {
    status: 206,
    headers: {
      ...headers,
      'Content-Length': String(range.end - range.start + 1),
      'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
    },
  });
}
