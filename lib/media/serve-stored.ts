import 'server-only';
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
 * storage, with the safe headers and byte ranges of mediaResponse. `?download` asks for an attachment where allowed.
 */
export async function serveStoredMedia(
  request: Request,
  media: { storageKey: string; contentType: string; kind: MediaKind } | null,
  { canDownload = true }: { canDownload?: boolean } = {},
): Promise<Response> {
  if (!media || !isServableContentType(media.contentType)) return mediaNotFound();
  const bytes = await mediaStorage().get(media.storageKey);
  if (!bytes) return mediaNotFound();
  return mediaResponse({
    bytes,
    contentType: media.contentType,
    kind: media.kind,
    isDownload: canDownload && new URL(request.url).searchParams.has('download'),
    rangeHeader: request.headers.get('range'),
  });
}
