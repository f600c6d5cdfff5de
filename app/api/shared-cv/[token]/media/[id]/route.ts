import { getSharedMedia } from '@/db/queries/portfolio';
import { isShareTokenShape } from '@/lib/cv/share';
import { hashShareToken } from '@/lib/cv/share-token';
import { isUuid } from '@/lib/media/keys';
import { isServableContentType } from '@/lib/media/rules';
import { mediaResponse } from '@/lib/media/serve';
import { mediaStorage } from '@/lib/media/storage';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain' } });

/**
 * A file on a shared CV: only while the link works, and only for items shown on that CV. Under /api/ so the
 * service worker never keeps a copy (a stopped link must not leave the photo on the reader's device).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string; id: string }> }) {
  const { token, id } = await params;
  if (!isShareTokenShape(token) || !isUuid(id)) return notFound();
  const media = await getSharedMedia({ tokenHash: hashShareToken(token), mediaId: id, now: new Date() });
  if (!media || !isServableContentType(media.contentType)) return notFound();
  const bytes = await mediaStorage().get(media.storageKey);
  if (!bytes) return notFound();
  const response = mediaResponse({ bytes, contentType: media.contentType, kind: media.kind, isDownload: false, rangeHeader: request.headers.get('range') });
  response.headers.set('Referrer-Policy', 'no-referrer');
  return response;
}
