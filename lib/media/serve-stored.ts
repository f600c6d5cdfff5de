import 'server-only';
import { consumeRateLimit } from '@/db/queries/rate-limits';
import { networkOf, publicMediaLimitFrom, tooManyMediaRequests } from './public-limits';
import type { MediaKind } from './rules';
import { isServableContentType } from './rules';
import { mediaResponse } from './serve';
import { mediaStorage } from './storage';

/** The one answer for media someone may not have, or that does not exist: they cannot tell which. */
export function mediaNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain' } });
}

/**
 * Sends stored media that the route has already allowed (`media` is null when it has not): the bytes from
 * storage (only the bytes asked for: a seek reads that part alone), with the safe headers and byte ranges of mediaResponse. `?download` asks for an attachment where allowed.
 */
export async function serveStoredMedia(
  request: Request,
  media: { storageKey: string; contentType: string; kind: MediaKind } | null,
  { canDownload = true }: { canDownload?: boolean } = {},
): Promise<Response> {
  if (!media || !isServableContentType(media.contentType)) return mediaNotFound();
  const storage = mediaStorage();
  const key = media.storageKey;
  const size = await storage.size(key);
  if (size === null) return mediaNotFound();
  const response = await mediaResponse({
    source: { size, read: (range) => storage.readRange(key, range) },
    contentType: media.contentType,
    kind: media.kind,
    isDownload: canDownload && new URL(request.url).searchParams.has('download'),
    rangeHeader: request.headers.get('range'),
  });
  return response ?? mediaNotFound();
}

/**
 * Public media routes (story clips and captions, provider photos) call this first: one count per request against
 * the per-network limit (lib/media/public-limits.ts). A Response (429) when the limit is reached, else null.
 */
export async function limitPublicMedia(request: Request): Promise<Response | null> {
  const result = await consumeRateLimit(`media:network:${networkOf(request.headers)}`, publicMediaLimitFrom(process.env));
  return result.isAllowed ? null : tooManyMediaRequests(result.retryAfterSeconds);
}
